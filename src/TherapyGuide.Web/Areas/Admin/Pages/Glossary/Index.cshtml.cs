using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Glossary;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public ItemList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.GlossaryTerms.AsNoTracking()
            .OrderBy(t => t.Term)
            .Select(t => new ItemList.Row(t.Id, t.Term, t.Slug))
            .ToListAsync(cancellationToken);
        List = new ItemList(ContentKind.Glossary, "Glossary terms A to Z", rows);
        ViewData.SetPageInfo(new PageInfo("Glossary", "The word list."));
    }
}
