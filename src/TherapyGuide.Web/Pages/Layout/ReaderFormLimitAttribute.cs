using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using TherapyGuide.Web.Content.Voices;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>
/// Refuses a readers' form larger than <see cref="ReaderText.RequestSizeLimit"/> with 413 before the form is read,
/// so the reader gets the "too much to send" page rather than a failure in model binding. Kestrel enforces the same
/// limit on bodies that do not say their length.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReaderFormLimitAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (http.Request.ContentLength > ReaderText.RequestSizeLimit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
        else if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ReaderText.RequestSizeLimit;
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
