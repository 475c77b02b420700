using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using UrgentHelpBlock = TherapyGuide.Web.Content.UrgentHelp;

namespace TherapyGuide.Web.Areas.Admin.Pages.UrgentHelp;

public sealed class EditModel(TherapyGuideDbContext db, ContentStore store, TimeProvider clock) : EditContentModel<UrgentHelpBlock, UrgentHelpForm>(db, store, clock);
