namespace TherapyGuide.Web.Content;

/// <summary>
/// The kinds of content editors can change; each revision and audit entry names one. Stored by name, never by number;
/// the numbers are written out so that adding a kind (at the end, with the next number) moves nothing. Everything else
/// about a kind is in its descriptor in <see cref="Kinds.ContentKindRegistry"/>.
/// </summary>
public enum ContentKind
{
    Article = 0,
    Comparison = 1,
    SideEffect = 2,
    Glossary = 3,
    Condition = 4,
    UrgentHelp = 5,
    QuestionGroup = 6,
}
