using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Data.Configurations;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Glossary;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Glossary])]
public sealed class TermModel(PublicContent content, IStringLocalizer<TermModel> localizer) : PageModel
{
    public TermView Term { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > ContentItemConfiguration.SlugLength)
        {
            return NotFound();
        }

        var term = await content.TermAsync(slug, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }

        Term = term;
        ViewData.SetPageInfo(new PageInfo(localizer["{0}: what it means", term.Term], FirstSentence(term.Definition), term.LastReviewed, term.NextReviewDue)
        {
            Review = term.Review,
        });
        return Page();
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }
}
