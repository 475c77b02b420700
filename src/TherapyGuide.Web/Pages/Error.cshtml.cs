using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages;

/// <summary>One friendly page for every error: it keeps the status code and says what the reader can do.</summary>
[IgnoreAntiforgeryToken]
[AcceptsAnyMethod]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<ErrorModel> localizer) : PageModel
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
            403 when NeededHttps() => (localizer["This page needs a secure connection"], localizer["The editors' pages only open over HTTPS. Please use the site's https:// address."]),
            403 => (localizer["You cannot open this page"], localizer["This page is not open to you. If you think it should be, ask the site's administrator."]),
            404 => (localizer["Page not found"], localizer["We could not find that page. The address may be mistyped, or the page may have moved."]),
            400 => (localizer["We could not understand that request"], localizer["Something in the request was not in the form we expected. Please go back and try again."]),
            409 => (localizer["That has changed since you opened the page"], localizer["Someone may have changed it in the meantime. Please go back, reload the page and try again."]),
            405 => (localizer["That action is not allowed here"], localizer["This page cannot be used in that way. Please go back and try again."]),
            413 => (localizer["That was too much to send"], localizer["What you sent was larger than we accept. Please send something shorter."]),
            414 => (localizer["That address is too long"], localizer["Please check the address, or start again from the home page."]),
            415 => (localizer["We could not read what was sent"], localizer["It was not sent in a form this site understands. Please go back and try again."]),
            429 => (localizer["Too many requests"], localizer["We have had a lot of requests from your connection in a short time, so we are pausing for a little while to keep the site safe for everyone. Please wait a few minutes, then try again. If you were sending a form, it was not saved, so please send it again then."]),
            >= 500 => (localizer["Sorry, something went wrong on our side"], localizer["The problem is ours, not yours. Please try again in a few minutes."]),
            _ => (localizer["We could not show that page"], localizer["Please go back and try again, or start from the home page."]),
        };
        RequestId = HttpContext.TraceIdentifier; // the request ID in the log line of this request
        Response.StatusCode = Code;
        ViewData.SetPageInfo(new PageInfo(Heading, Explanation));
        return Page();
    }
}
