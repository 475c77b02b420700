using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Glossary;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Glossary])]
public sealed class IndexModel(PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public IReadOnlyList<GlossaryEntry> Terms { get; private set; } = [];

    /// <summary>The letters the terms start with, in the store's order (the language's own).</summary>
    public IEnumerable<char> Letters => Terms.Select(t => LetterOf(t.Term)).Distinct();

    /// <summary>
    /// The letter a term is listed under. English lists it under its first letter or digit, as it always has; another
    /// language under the letter without its accent ("Á" under "A"), except a letter of its own alphabet: "Ñ" in Spanish.
    /// </summary>
    public static char LetterOf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var first = char.ToUpperInvariant(term.FirstOrDefault(char.IsLetterOrDigit));
        if (SiteLanguage.Current.IsOriginal || first is 'Ñ' or '\0')
        {
            return first;
        }

        var bare = first.ToString().Normalize(NormalizationForm.FormD)[0];
        return CharUnicodeInfo.GetUnicodeCategory(bare) is UnicodeCategory.UppercaseLetter or UnicodeCategory.DecimalDigitNumber ? bare : first;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Terms = await content.GlossaryAsync(cancellationToken);
        var reviewed = await content.ReviewDatesAsync(ContentKind.Glossary, cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            localizer["Glossary: medical words explained"],
            localizer["Plain-language meanings of the medical words used about immunotherapy, CAR-T cell therapy and autoimmune disease."],
            reviewed?.LastReviewed,
            reviewed?.NextReviewDue));
    }
}
