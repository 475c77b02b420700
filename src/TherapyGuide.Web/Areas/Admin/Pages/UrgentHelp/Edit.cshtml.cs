using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using UrgentHelpBlock = TherapyGuide.Web.Content.UrgentHelp;

namespace TherapyGuide.Web.Areas.Admin.Pages.UrgentHelp;

public sealed class EditModel(TherapyGuideDbContext db, ContentStore store) : EditContentModel<UrgentHelpBlock, UrgentHelpForm>(db, store)
{
    /// <summary>Every page that shows the block would lose its safety advice; it is changed or restored, never deleted.</summary>
    protected override bool CanDelete => false;
}
