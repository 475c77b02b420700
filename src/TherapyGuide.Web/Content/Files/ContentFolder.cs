using System.Security.Cryptography;
using System.Text;
using static TherapyGuide.Web.Content.Files.ContentFileFields;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// Reads the source content committed under data/content: articles as Markdown with YAML front matter,
/// and the structured content as YAML lists. A malformed file stops with its name and the reason.
/// </summary>
public sealed class ContentFolder(string path, MarkdownRenderer renderer)
{
    public string Path { get; } = path;

    /// <summary>
    /// A hash of every file in the folder (names and bytes) and of this build of the site: when it matches the one
    /// recorded at the last import, there is nothing new to import and the start skips reading the files.
    /// </summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ContentFolder).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(Path))
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
                         .Select(file => System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/'))
                         .Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
                hash.AppendData(File.ReadAllBytes(System.IO.Path.Combine(Path, file)));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The folder of a translation's files ("es"), in the same shape as this one: the same file names and slugs, with
    /// the text in that language.
    /// </summary>
    public ContentFolder Translation(Languages.SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return new ContentFolder(System.IO.Path.Combine(Path, language.Code), renderer);
    }

    public IReadOnlyList<Article> LoadArticles()
    {
        var folder = System.IO.Path.Combine(Path, "articles");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(LoadArticle)
            .ToList();
    }

    public IReadOnlyList<ComparisonAspect> LoadComparison() =>
        LoadList<ComparisonFile>("comparison.yml").Select((row, index) => new ComparisonAspect
        {
            Slug = Required(row.Slug, "comparison.yml", "slug"),
            Aspect = Required(row.Aspect, "comparison.yml", "aspect"),
            Immunotherapy = Required(row.Immunotherapy, "comparison.yml", "immunotherapy").Trim(),
            CarT = Required(row.CarT, "comparison.yml", "car_t").Trim(),
            Order = index + 1,
            LastReviewed = ReviewedOn(row, "comparison.yml"),
            NextReviewDue = ReviewDueOn(row, "comparison.yml"),
        }).ToList();

    public IReadOnlyList<SideEffect> LoadSideEffects() =>
        LoadList<SideEffectFile>("side-effects.yml").Select((row, index) => new SideEffect
        {
            Slug = Required(row.Slug, "side-effects.yml", "slug"),
            Name = Required(row.Name, "side-effects.yml", "name"),
            Title = row.Title?.Trim() ?? "",
            Signs = Lines(row.Signs),
            OtherWords = Lines(row.OtherWords),
            Therapy = ParseEnum<Therapy>(row.Therapy, "side-effects.yml", "therapy"),
            Urgency = ParseEnum<Urgency>(row.Urgency, "side-effects.yml", "urgency"),
            Symptoms = Required(row.Symptoms, "side-effects.yml", "symptoms").Trim(),
            Timing = Required(row.Timing, "side-effects.yml", "timing").Trim(),
            Management = Required(row.Management, "side-effects.yml", "management").Trim(),
            Order = index + 1,
            LastReviewed = ReviewedOn(row, "side-effects.yml"),
            NextReviewDue = ReviewDueOn(row, "side-effects.yml"),
        }).ToList();

    public IReadOnlyList<GlossaryTerm> LoadGlossary() =>
        LoadList<GlossaryFile>("glossary.yml").Select(row => new GlossaryTerm
        {
            Slug = Required(row.Slug, "glossary.yml", "slug"),
            Term = Required(row.Term, "glossary.yml", "term"),
            Definition = Required(row.Definition, "glossary.yml", "definition").Trim(),
            Aliases = [.. row.Aliases ?? []],
            LastReviewed = ReviewedOn(row, "glossary.yml"),
            NextReviewDue = ReviewDueOn(row, "glossary.yml"),
        }).ToList();

    public IReadOnlyList<Condition> LoadConditions() =>
        LoadList<ConditionFile>("conditions.yml").Select((row, index) => new Condition
        {
            Slug = Required(row.Slug, "conditions.yml", "slug"),
            Name = Required(row.Name, "conditions.yml", "name"),
            Kind = ParseEnum<ConditionKind>(row.Kind, "conditions.yml", "kind"),
            Summary = Required(row.Summary, "conditions.yml", "summary").Trim(),
            ImmunotherapyStatus = ParseEnum<TreatmentStatus>(row.Immunotherapy?.Status, "conditions.yml", "immunotherapy.status"),
            ImmunotherapyNote = row.Immunotherapy?.Note?.Trim() ?? "",
            CarTStatus = ParseEnum<TreatmentStatus>(row.CarT?.Status, "conditions.yml", "car_t.status"),
            CarTNote = row.CarT?.Note?.Trim() ?? "",
            Order = index + 1,
            LastReviewed = ReviewedOn(row, "conditions.yml"),
            NextReviewDue = ReviewDueOn(row, "conditions.yml"),
        }).ToList();

    /// <summary>The urgent-help block: one item, what to do now in three levels of urgency.</summary>
    public IReadOnlyList<UrgentHelp> LoadUrgentHelp() =>
        LoadList<UrgentHelpFile>("urgent-help.yml").Select(row => new UrgentHelp
        {
            Slug = Required(row.Slug, "urgent-help.yml", "slug"),
            Title = Required(row.Title, "urgent-help.yml", "title"),
            Introduction = row.Introduction?.Trim() ?? "",
            EmergencyAction = Required(row.Emergency?.Action, "urgent-help.yml", "emergency.action").Trim(),
            EmergencySigns = Lines(row.Emergency?.Signs),
            ContactNowAction = Required(row.ContactNow?.Action, "urgent-help.yml", "contact_now.action").Trim(),
            ContactNowSigns = Lines(row.ContactNow?.Signs),
            NextContactAction = Required(row.NextContact?.Action, "urgent-help.yml", "next_contact.action").Trim(),
            NextContactSigns = Lines(row.NextContact?.Signs),
            Note = row.Note?.Trim() ?? "",
            LastReviewed = ReviewedOn(row, "urgent-help.yml"),
            NextReviewDue = ReviewDueOn(row, "urgent-help.yml"),
        }).ToList();

    /// <summary>The groups of questions to take to the care team, in the checklist's order.</summary>
    public IReadOnlyList<QuestionGroup> LoadQuestions() =>
        LoadList<QuestionFile>("questions.yml").Select((row, index) => new QuestionGroup
        {
            Slug = Required(row.Slug, "questions.yml", "slug"),
            Heading = Required(row.Heading, "questions.yml", "heading"),
            Questions = Lines(row.Questions),
            Order = index + 1,
            LastReviewed = ReviewedOn(row, "questions.yml"),
            NextReviewDue = ReviewDueOn(row, "questions.yml"),
        }).ToList();

    private Article LoadArticle(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        var (frontMatter, body) = SplitFrontMatter(File.ReadAllText(file), name);
        var meta = Deserialize<ArticleFrontMatter>(frontMatter, name) ?? throw Invalid(name, "the front matter is empty");
        var article = new Article
        {
            Slug = System.IO.Path.GetFileNameWithoutExtension(file),
            Title = Required(meta.Title, name, "title"),
            Summary = Required(meta.Summary, name, "summary"),
            Topic = ParseEnum<ArticleTopic>(meta.Topic, name, "topic"),
            Order = meta.Order,
            Status = meta.Draft ? ArticleStatus.Draft : ArticleStatus.Published,
            Published = meta.Draft ? null : ParseDate(meta.Published, name, "published"),
            LastReviewed = ParseDate(meta.LastReviewed, name, "last_reviewed"),
            NextReviewDue = ParseNextReviewDue(meta.NextReviewDue, meta.LastReviewed, name),
            Sources = (meta.Sources ?? []).Select(s => new ArticleSource
            {
                Title = Required(s.Title, name, "sources.title"),
                Publisher = s.Publisher,
                Date = s.Date,
                Note = s.Note,
                Url = s.Url,
            }).ToList(),
            RelatedSlugs = [.. meta.Related ?? []],
            BodyMarkdown = "",
            BodyHtml = "",
        };
        article.SetBody(body.Trim(), renderer);
        return article;
    }

    private List<T> LoadList<T>(string fileName)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        if (!File.Exists(file))
        {
            return [];
        }

        return Deserialize<List<T>>(File.ReadAllText(file), fileName) ?? [];
    }
}
