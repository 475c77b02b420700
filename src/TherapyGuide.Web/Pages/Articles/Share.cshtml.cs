using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Data.Configurations;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Articles;

/// <summary>
/// Receives "Share your experience" from the end of an article into the moderation queue. Like the feedback form
/// it takes no antiforgery token and sets no cookie; nothing sent appears until an editor approves it.
/// </summary>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(TherapyGuideApplication.ReaderFormsRateLimit)]
[RequestSizeLimit(ReaderText.RequestSizeLimit)]
public sealed partial class ShareModel(ArticleExtras articles, ReaderSubmissions submissions, ILogger<ShareModel> logger, IStringLocalizer<ShareModel> localizer) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The honeypot: empty from people.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public string Slug { get; private set; } = "";

    public string ArticleTitle { get; private set; } = "";

    public ShareForm Form { get; private set; } = new("");

    public bool Thanked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        Form = new ShareForm(Slug);
        return Show(localizer["Share your experience"]);
    }

    public async Task<IActionResult> OnGetThanksAsync(string slug, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        Thanked = true;
        return Show(localizer["Thank you for sharing your experience"]);
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // The form could not be read at all (a body without a length that ran past the limit, or malformed).
            return BadRequest();
        }

        if (await FindArticleAsync(slug, cancellationToken) is not { } articleId)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            // Answered as if accepted, so that a robot learns nothing; nothing is stored.
            LogHoneypot(Slug);
            return ThankYou();
        }

        var name = ReaderText.Clean(DisplayName, multiline: false);
        var text = ReaderText.Clean(Text, multiline: true);
        if (name is null)
        {
            ModelState.AddModelError(nameof(DisplayName), localizer["Please enter a name to show with your experience, such as your first name or a nickname."]);
        }
        else if (name.Length > ReaderText.DisplayNameLength)
        {
            ModelState.AddModelError(nameof(DisplayName), localizer["Please keep the name to {0} characters or fewer.", ReaderText.DisplayNameLength]);
        }
        else if (ReaderText.LooksLikeEmail(name))
        {
            ModelState.AddModelError(nameof(DisplayName), localizer["Please use a first name or a nickname, not an email address."]);
        }

        if (text is null)
        {
            ModelState.AddModelError(nameof(Text), localizer["Please write your experience."]);
        }
        else if (text.Length > ReaderText.ExperienceLength)
        {
            ModelState.AddModelError(nameof(Text), localizer["Please keep your experience to {0} characters or fewer. It has {1}.", ReaderText.ExperienceLength.ToString("N0", SiteLanguage.Current.Culture), text.Length.ToString("N0", SiteLanguage.Current.Culture)]);
        }

        if (!ModelState.IsValid)
        {
            // The form again, with what the reader typed (cut short, so a huge body is not sent back whole).
            Form = new ShareForm(Slug, ReaderText.Shorten(name, ReaderText.DisplayNameLength * 2), ReaderText.Shorten(text, ReaderText.ExperienceLength * 2));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Show(localizer["Share your experience"]);
        }

        await submissions.ShareExperienceAsync(articleId, name!, text!, cancellationToken);
        return ThankYou();
    }

    private async Task<int?> FindArticleAsync(string slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > ContentItemConfiguration.SlugLength)
        {
            return null;
        }

        var article = await articles.ShareTargetAsync(slug, cancellationToken);
        if (article is null)
        {
            return null;
        }

        Slug = article.Slug;
        ArticleTitle = article.Title;
        return article.Id;
    }

    private PageResult Show(string title)
    {
        ViewData.SetPageInfo(new PageInfo(title, localizer["Share your experience with readers of “{0}”.", ArticleTitle]) { AsksForFeedback = false });
        return Page();
    }

    private RedirectResult ThankYou() => Redirect(SiteLanguage.Current.PathFor($"/articles/{Slug}/share/thanks"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped an experience form with the honeypot filled in, under {Slug}")]
    private partial void LogHoneypot(string slug);
}
