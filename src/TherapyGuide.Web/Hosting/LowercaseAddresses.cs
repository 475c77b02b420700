using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.StaticAssets;
using TherapyGuide.Web.Publishing;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// One address per page: a GET or HEAD for a page or endpoint whose address has capitals or a trailing slash
/// (<c>/SIDE-EFFECTS</c>, <c>/side-effects/</c>) is sent on, 301, to its normal form (<see cref="PublicAddress.NormalPath"/>),
/// query kept. Routing matches any case, so without this every spelling would be a page of its own to search engines,
/// and each would fill the output cache. Static files are left alone: their real names may have capitals.
/// </summary>
public sealed class LowercaseAddresses(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var path = request.Path.Value;
        if (string.IsNullOrEmpty(path)
            || !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || context.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            // Never a Location another site could be read from ("//host", "/\host").
            || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            return next(context);
        }

        var normal = PublicAddress.NormalPath(path);
        if (string.Equals(normal, path, StringComparison.Ordinal))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = request.PathBase.Add(new PathString(normal)).ToUriComponent() + request.QueryString.ToUriComponent();
        context.Response.Headers.CacheControl = "no-cache";
        return Task.CompletedTask;
    }
}
