using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Areas.Admin.Pages.Glossary;

public sealed class EditModel(TherapyGuideDbContext db, ContentStore store, TimeProvider clock) : EditContentModel<GlossaryTerm, GlossaryForm>(db, store, clock);
