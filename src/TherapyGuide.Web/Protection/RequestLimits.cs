using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Protection;

/// <summary>
/// Refuses an over-long address (414), an over-large body (413, against the page's own [RequestSizeLimit] if it has one) or a form in a charset other than UTF-8 (415)
/// before any page reads it. A declared length is checked at once; a form of unknown length (chunked) is read here,
/// where the server's limit on it turns into a 413 too.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, IOptions<TherapyGuideOptions> options, IOptions<FormOptions> formOptions)
{
    private static readonly HashSet<string> _formCharsets = new(["utf-8", "utf8", "us-ascii"], StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The error page re-runs the request: let it through to say what was wrong.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        var limits = options.Value.Limits;
        var request = context.Request;
        if ((request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) > limits.MaxUrlLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        // A page may ask for less with [RequestSizeLimit] (the readers' forms do); the picture upload, for what its setting allows.
        var endpoint = context.GetEndpoint();
        var pictureUpload = endpoint?.Metadata.GetMetadata<PictureUploadAttribute>() is not null;
        var maxBody = pictureUpload
            ? options.Value.Pictures.MaxRequestBytes
            : endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? limits.MaxRequestBodyBytes;
        if (request.ContentLength > maxBody)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        // Forms come from the site's own pages, in UTF-8. Any other declared charset (UTF-7, made-up names) is refused
        // rather than handed to a decoder that may not exist.
        if (request.HasFormContentType
            && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.Charset.HasValue
            && !_formCharsets.Contains(type.Charset.Value.Trim('"')))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        if (pictureUpload && request.HasFormContentType)
        {
            // The site's form options allow a multipart body as large as any other request; this one may be larger.
            var form = formOptions.Value;
            context.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                ValueCountLimit = form.ValueCountLimit,
                ValueLengthLimit = form.ValueLengthLimit,
                KeyLengthLimit = form.KeyLengthLimit,
                MultipartBodyLengthLimit = maxBody,
            }));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBody;
        }

        // A form of undeclared length (chunked) can only be measured by reading it.
        return request.HasFormContentType && request.ContentLength is null
            ? ReadFormThenContinueAsync(context)
            : next(context);
    }

    /// <summary>
    /// Reads the form here, under the limit just set, so that one too large is answered 413 as the README promises.
    /// Read later, by antiforgery or model binding, the server's 413 would be taken for a malformed form and answered 400.
    /// The form read here is kept, so the page does not read the body again.
    /// </summary>
    private async Task ReadFormThenContinueAsync(HttpContext context)
    {
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException refused)
        {
            context.Response.StatusCode = refused.StatusCode;
            return;
        }
        catch (InvalidDataException)
        {
            // Too many fields, or a value or key too long (FormOptions).
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    }
}
