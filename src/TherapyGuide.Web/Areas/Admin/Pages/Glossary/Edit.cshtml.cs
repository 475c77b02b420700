using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages.Glossary;

public sealed class EditModel(EditingServices services) : EditContentModel<GlossaryTerm, GlossaryForm>(services);
