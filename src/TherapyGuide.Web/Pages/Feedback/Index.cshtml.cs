using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Feedback;

/// <summary>
/// Receives "Was this page helpful?" from the end of every public page. The form carries no antiforgery token
/// and the answer sets no cookie: it acts on no one's account, and the pages it sits on stay in the output cache.
/// </summary>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(TherapyGuideApplication.ReaderFormsRateLimit)]
[RequestSizeLimit(ReaderText.RequestSizeLimit)]
public sealed partial class IndexModel(ReaderSubmissions submissions, FeedbackPaths paths, ILogger<IndexModel> logger) : PageModel
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
        BackTo = await paths.ResolveAsync(from, cancellationToken);
        Thanked = true;
        ViewData.SetPageInfo(new PageInfo("Thank you for your feedback", "Your answer helps us improve our pages.") { AsksForFeedback = false });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // The form could not be read at all (a body without a length that ran past the limit, or malformed).
            return BadRequest();
        }

        var page = await paths.ResolveAsync(Path, cancellationToken);
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
            ModelState.AddModelError(nameof(Helpful), "Please choose Yes or No.");
        }

        if (comment is { Length: > ReaderText.CommentLength })
        {
            ModelState.AddModelError(nameof(Comment), $"Please keep your comment to {ReaderText.CommentLength} characters or fewer. It has {comment.Length}.");
        }

        if (!ModelState.IsValid)
        {
            // The form again, with what the reader typed (cut short, so a huge body is not sent back whole).
            Form = new FeedbackForm(page, Helpful is "yes" or "no" ? Helpful : null, ReaderText.Shorten(comment, ReaderText.CommentLength * 2));
            BackTo = page;
            ViewData.SetPageInfo(new PageInfo("Was this page helpful?", "Tell us whether a page helped you.") { AsksForFeedback = false });
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await submissions.SendFeedbackAsync(page, helpful!.Value, comment, cancellationToken);
        return ThankYou(page);
    }

    private RedirectResult ThankYou(string page) => Redirect($"/feedback/thanks?from={Uri.EscapeDataString(page)}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a feedback form with the honeypot filled in, about {Page}")]
    private partial void LogHoneypot(string page);
}
