using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages;

/// <summary>One friendly page for every error: it keeps the status code and says what the reader can do.</summary>
[IgnoreAntiforgeryToken]
[AcceptsAnyMethod]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string? RequestId { get; private set; }

    // The code is read from the route, never bound: binding would read a refused post's body, which may be the
    // very thing that was too large.
    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    /// <summary>Re-run for a refused PUT, DELETE or made-up method, which has no handler of its own: shown as for GET.</summary>
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandlerMethod ??= context.ActionDescriptor.HandlerMethods.First(handler => handler.HttpMethod == "Get");
    }

    /// <summary>The editors' area refuses plain http outside development (see UseTherapyGuide).</summary>
    private bool NeededHttps() =>
        !Request.IsHttps
        && TherapyGuideApplication.IsEditorsArea(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "");

    private PageResult Show()
    {
        int? code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var routeCode) ? routeCode : null;
        // Reached directly (not re-executed for an error), /error answers 404 like any unknown page.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = reExecuted && code is >= 400 and <= 599 ? code.Value : 404;
        (Heading, Explanation) = Code switch
        {
            403 when NeededHttps() => ("This page needs a secure connection", "The editors' pages only open over HTTPS. Please use the site's https:// address."),
            403 => ("You cannot open this page", "This page is not open to you. If you think it should be, ask the site's administrator."),
            404 => ("Page not found", "We could not find that page. The address may be mistyped, or the page may have moved."),
            400 => ("We could not understand that request", "Something in the request was not in the form we expected. Please go back and try again."),
            409 => ("That has changed since you opened the page", "Someone may have changed it in the meantime. Please go back, reload the page and try again."),
            405 => ("That action is not allowed here", "This page cannot be used in that way. Please go back and try again."),
            413 => ("That was too much to send", "What you sent was larger than we accept. Please send something shorter."),
            414 => ("That address is too long", "Please check the address, or start again from the home page."),
            415 => ("We could not read what was sent", "It was not sent in a form this site understands. Please go back and try again."),
            429 => ("Too many requests", "We have had a lot of requests from your connection in a short time, so we are pausing for a little while to keep the site safe for everyone. Please wait a few minutes, then try again. If you were sending a form, it was not saved, so please send it again then."),
            >= 500 => ("Sorry, something went wrong on our side", "The problem is ours, not yours. Please try again in a few minutes."),
            _ => ("We could not show that page", "Please go back and try again, or start from the home page."),
        };
        RequestId = HttpContext.TraceIdentifier; // the request ID in the log line of this request
        Response.StatusCode = Code;
        ViewData.SetPageInfo(new PageInfo(Heading, Explanation));
        return Page();
    }
}
