using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Questions;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public ItemList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.QuestionGroups.AsNoTracking()
            .OrderBy(g => g.Order).ThenBy(g => g.Heading).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.Heading, g.Order, g.Questions })
            .ToListAsync(cancellationToken);
        List = new ItemList(ContentKind.QuestionGroup, "Question groups in page order",
            rows.Select(r => new ItemList.Row(r.Id, r.Heading, $"Position {r.Order} · {Questions(r.Questions.Count)}")).ToList());
        ViewData.SetPageInfo(new PageInfo("Questions to ask", "The groups of questions on the printable checklist."));
    }

    private static string Questions(int count) => count == 1 ? "1 question" : $"{count} questions";
}
