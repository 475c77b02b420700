using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages.Questions;

public sealed class EditModel(EditingServices services) : EditContentModel<QuestionGroup, QuestionGroupForm>(services)
{
    /// <summary>A new group goes at the end of the page, where an editor of questions.yml would add it.</summary>
    protected override async Task<QuestionGroupForm> NewFormAsync(CancellationToken cancellationToken) =>
        new() { Order = (await Db.QuestionGroups.MaxAsync(g => (int?)g.Order, cancellationToken) ?? 0) + 1 };
}
