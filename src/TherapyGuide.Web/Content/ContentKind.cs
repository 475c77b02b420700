namespace TherapyGuide.Web.Content;

/// <summary>The kinds of content editors can change; each revision and audit entry names one.</summary>
public enum ContentKind
{
    Article,
    Comparison,
    SideEffect,
    Glossary,
    Condition,
    UrgentHelp,
}
