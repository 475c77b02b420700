using TherapyGuide.Web.Content.Editing;
using UrgentHelpBlock = TherapyGuide.Web.Content.UrgentHelp;

namespace TherapyGuide.Web.Areas.Admin.Pages.UrgentHelp;

public sealed class EditModel(EditingServices services) : EditContentModel<UrgentHelpBlock, UrgentHelpForm>(services);
