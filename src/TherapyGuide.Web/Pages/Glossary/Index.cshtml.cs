using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Glossary;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public IReadOnlyList<IGrouping<char, GlossaryEntry>> Letters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var terms = await db.GlossaryTerms.AsNoTracking()
            .Select(t => new GlossaryEntry(t.Slug, t.Term, t.Definition))
            .ToListAsync(cancellationToken);
        Letters = terms
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .GroupBy(t => char.ToUpperInvariant(t.Term.FirstOrDefault(char.IsLetterOrDigit)))
            .OrderBy(g => g.Key)
            .ToList();
        ViewData.SetPageInfo(new PageInfo(
            "Glossary: medical words explained",
            "Plain-language meanings of the medical words used about immunotherapy, CAR-T cell therapy and autoimmune disease."));
    }

    public sealed record GlossaryEntry(string Slug, string Term, string Definition);
}
