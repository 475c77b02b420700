using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Feedback;

/// <summary>
/// Receives "Was this page helpful?" from the end of every public page. The form carries no antiforgery token
/// and the answer sets no cookie: it acts on no one's account, and the pages it sits on stay in the output cache.
/// </summary>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(TherapyGuideApplication.ReaderFormsRateLimit)]
[RequestSizeLimit(ReaderText.RequestSizeLimit)]
public sealed partial class IndexModel(
    ReaderSubmissions submissions, FeedbackPaths paths, IStringLocalizer<IndexModel> localizer, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public string? Path { get; set; }

    [BindProperty]
    public string? Helpful { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The honeypot: empty from people.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public FeedbackForm Form { get; private set; } = new("/");

    /// <summary>The page the reader came from, when it is one of ours.</summary>
    public string? BackTo { get; private set; }

    public bool Thanked { get; private set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnGetThanksAsync(string? from, CancellationToken cancellationToken)
    {
        BackTo = await ResolveAsync(from, cancellationToken);
        Thanked = true;
        ViewData.SetPageInfo(new PageInfo(localizer["Thank you for your feedback"], localizer["Your answer helps us improve our pages."]) { AsksForFeedback = false });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // The form could not be read at all (a body without a length that ran past the limit, or malformed).
            return BadRequest();
        }

        var page = await ResolveAsync(Path, cancellationToken);
        if (page is null)
        {
            return BadRequest();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            // Answered as if accepted, so that a robot learns nothing; nothing is stored.
            LogHoneypot(page);
            return ThankYou(page);
        }

        bool? helpful = Helpful switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
        var comment = ReaderText.Clean(Comment, multiline: true);
        if (helpful is null)
        {
            ModelState.AddModelError(nameof(Helpful), localizer["Please choose Yes or No."]);
        }

        if (comment is { Length: > ReaderText.CommentLength })
        {
            ModelState.AddModelError(nameof(Comment), localizer[
                "Please keep your comment to {0} characters or fewer. It has {1}.",
                ReaderText.CommentLength.ToString("N0", SiteLanguage.Current.Culture),
                comment.Length.ToString("N0", SiteLanguage.Current.Culture)]);
        }

        if (!ModelState.IsValid)
        {
            // The form again, with what the reader typed (cut short, so a huge body is not sent back whole).
            Form = new FeedbackForm(page, Helpful is "yes" or "no" ? Helpful : null, ReaderText.Shorten(comment, ReaderText.CommentLength * 2));
            BackTo = page;
            ViewData.SetPageInfo(new PageInfo(localizer["Was this page helpful?"], localizer["Tell us whether a page helped you."]) { AsksForFeedback = false });
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await submissions.SendFeedbackAsync(page, helpful!.Value, comment, cancellationToken);
        return ThankYou(page);
    }

    /// <summary>The thanks page in the language of the page the answer was sent from.</summary>
    private RedirectResult ThankYou(string page) =>
        Redirect($"{SiteLanguage.Split(page).Language.PathFor("/feedback/thanks")}?from={Uri.EscapeDataString(page)}");

    /// <summary>
    /// One of the site's pages in any language ("/es/questions" as well as "/questions"), or null: the store knows the
    /// English addresses, which every language shares under its prefix.
    /// </summary>
    private async Task<string?> ResolveAsync(string? path, CancellationToken cancellationToken)
    {
        var (language, englishPath) = SiteLanguage.Split(path);
        return string.IsNullOrEmpty(path) || await paths.ResolveAsync(englishPath, cancellationToken) is not { } page
            ? null
            : language.PathFor(page);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a feedback form with the honeypot filled in, about {Page}")]
    private partial void LogHoneypot(string page);
}
