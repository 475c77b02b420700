using System.Diagnostics.CodeAnalysis;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Reading;

namespace TherapyGuide.Web.Content.Kinds;

/// <summary>
/// One descriptor per kind of content: the only place that says how a kind is named, addressed, imported, cached and
/// searched. A new kind takes its <see cref="ContentKind"/> value, a descriptor here (and in <see cref="All"/>), and
/// its own entity, form and pages; the services that save, restore, delete, index and list content need no change.
/// </summary>
public static class ContentKindRegistry
{
    public static readonly ContentKindDescriptorOf<Article, ArticleForm> Article = new()
    {
        Label = "Article",
        SearchLabel = "Article",
        Key = "article",
        AdminFolder = "articles",
        ImportName = "article",
        PublicPath = slug => $"/articles/{slug}",
        SearchNumber = 0,
        // An article's section headings ("Lupus", "How is CAR-T given?") say what it is about, so they count like a title.
        SearchEntry = a => new(a.Id, a.Slug, a.Title, $"{a.Summary} {string.Join(" ", a.TableOfContents.Select(h => h.Text))}",
            GlossaryMatcher.TextOf(a.BodyHtml), a.Status == ArticleStatus.Published),
    };

    public static readonly ContentKindDescriptorOf<ComparisonAspect, ComparisonForm> Comparison = new()
    {
        Label = "Comparison row",
        SearchLabel = "Comparison",
        Key = "comparison",
        AdminFolder = "comparison",
        ImportName = "comparison",
        PublicPath = slug => $"/compare#{slug}",
        SearchNumber = 1,
        SearchEntry = r => new(r.Id, r.Slug, r.Aspect, "immunotherapy compared with CAR-T", $"Immunotherapy: {r.Immunotherapy} CAR-T: {r.CarT}"),
    };

    public static readonly ContentKindDescriptorOf<SideEffect, SideEffectForm> SideEffect = new()
    {
        Label = "Side effect",
        SearchLabel = "Side effect",
        Key = "sideeffect",
        AdminFolder = "side-effects",
        ImportName = "side-effect",
        PublicPath = slug => $"/side-effects#{slug}",
        SearchNumber = 2,
        // How soon to act, and what to do: the advice a frightened reader follows.
        SafetyCriticalFields = new HashSet<string> { "Urgency", "How it is managed" },
        // Readers search for what they feel ("hot and shivery"), not for the diagnosis: the signs and the other words they
        // type count like the title.
        SearchEntry = s => new(s.Id, s.Slug, s.Heading,
            $"{s.Name} side effect {ContentLabels.For(s.Therapy)} {string.Join(" ", s.Signs)} {string.Join(" ", s.OtherWords)}",
            $"{s.Symptoms} {s.Timing} {s.Management}"),
    };

    public static readonly ContentKindDescriptorOf<GlossaryTerm, GlossaryForm> Glossary = new()
    {
        Label = "Glossary term",
        SearchLabel = "Word",
        Key = "glossary",
        AdminFolder = "glossary",
        ImportName = "glossary",
        PublicPath = slug => $"/glossary/{slug}",
        SearchNumber = 3,
        SearchEntry = t => new(t.Id, t.Slug, t.Term, string.Join(" ", t.Aliases), t.Definition),
    };

    public static readonly ContentKindDescriptorOf<Condition, ConditionForm> Condition = new()
    {
        Label = "Condition",
        SearchLabel = "Condition",
        Key = "condition",
        AdminFolder = "conditions",
        ImportName = "condition",
        PublicPath = slug => $"/conditions#{slug}",
        SearchNumber = 4,
        SearchEntry = c => new(c.Id, c.Slug, c.Name, ContentLabels.For(c.Kind), $"{c.Summary} {c.ImmunotherapyNote} {c.CarTNote}"),
    };

    public static readonly ContentKindDescriptorOf<UrgentHelp, UrgentHelpForm> UrgentHelp = new()
    {
        Label = "Urgent help",
        SearchLabel = "Urgent help",
        Key = "urgenthelp",
        AdminFolder = "urgent-help",
        ImportName = "urgent-help",
        // Every urgent-help block is shown in the side-effects page's urgent-help section.
        PublicPath = _ => "/side-effects#urgent-help",
        SearchNumber = 5,
        CanDelete = false,
        // All of it is safety advice, apart from its address and review dates.
        SafetyCriticalFields = new HashSet<string>
        {
            "Heading", "Introduction", "Emergency: what to do", "Emergency: signs", "Contact now: what to do", "Contact now: signs",
            "Next contact: what to do", "Next contact: signs", "Closing line",
        },
        PageSlug = Content.UrgentHelp.MainSlug,
        SearchEntry = u => new(u.Id, u.Slug, u.Title, string.Join(" ", u.EmergencySigns.Concat(u.ContactNowSigns).Concat(u.NextContactSigns)),
            $"{u.Introduction} {u.EmergencyAction} {u.ContactNowAction} {u.NextContactAction} {u.Note}"),
    };

    public static readonly ContentKindDescriptorOf<QuestionGroup, QuestionGroupForm> QuestionGroup = new()
    {
        Label = "Question group",
        SearchLabel = "Questions to ask",
        Key = "questiongroup",
        AdminFolder = "questions",
        ImportName = "question-group",
        PublicPath = slug => $"/questions#{slug}",
        SearchNumber = 6,
        // A reader searching "what number do I call" finds the question to ask, on the checklist they can print. The terms
        // leave out "care team": on every group, it would bring all of them into each search for the care team.
        SearchEntry = g => new(g.Id, g.Slug, g.Heading, "questions to ask", string.Join(" ", g.Questions)),
    };

    /// <summary>Every kind, in <see cref="ContentKind"/> order.</summary>
    public static readonly IReadOnlyList<ContentKindDescriptor> All = [Article, Comparison, SideEffect, Glossary, Condition, UrgentHelp, QuestionGroup];

    private static readonly Dictionary<ContentKind, ContentKindDescriptor> _byKind = All.ToDictionary(d => d.Kind);

    private static readonly Dictionary<Type, ContentKindDescriptor> _byEntity = All.ToDictionary(d => d.EntityType);

    public static ContentKindDescriptor For(ContentKind kind) =>
        _byKind.TryGetValue(kind, out var descriptor) ? descriptor : throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such kind of content.");

    /// <summary>The descriptor of an entity's kind.</summary>
    public static ContentKindDescriptor For(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _byEntity.TryGetValue(item.GetType(), out var descriptor)
            ? descriptor
            : throw new ArgumentException($"No kind of content for {item.GetType().Name}.", nameof(item));
    }

    /// <summary>Reads a kind from an address ("side-effect", "sideeffect", "article"), ignoring hyphens and case; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ContentKindDescriptor? descriptor)
    {
        descriptor = !string.IsNullOrEmpty(text) && text.Length <= 20 && text.All(c => char.IsAsciiLetter(c) || c == '-')
            ? All.FirstOrDefault(d => string.Equals(d.Key, text.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            : null;
        return descriptor is not null;
    }

    /// <summary>The kind a content import names (<see cref="ContentKindDescriptor.ImportName"/>), or null.</summary>
    public static ContentKindDescriptor? ForImportName(string name) =>
        All.FirstOrDefault(d => string.Equals(d.ImportName, name, StringComparison.Ordinal));

    /// <summary>The kind a stored name ("SideEffect", as in revisions and search rows) names, or null.</summary>
    public static ContentKindDescriptor? ForStoredName(string? name) =>
        All.FirstOrDefault(d => string.Equals(d.StoredName, name, StringComparison.Ordinal));
}
