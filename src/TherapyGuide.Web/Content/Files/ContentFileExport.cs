using System.Data;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;
using static TherapyGuide.Web.Content.Files.ContentFileWriting;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// Writes the store's published content in the format of data/content, which <see cref="ContentFolder"/> reads: each
/// published article as articles/{slug}.md, and each other kind as its list file, in the order the site shows it. Draft
/// articles are left out. Importing the folder into an empty store gives the same items and the same pages.
/// </summary>
public sealed class ContentFileExport(TherapyGuideDbContext db)
{
    /// <summary>
    /// Writes the files into <paramref name="target"/>, an existing folder, and says what it wrote (of the English
    /// content): the English files at the top, each translation's in its own folder ("es"), as data/content has them.
    /// </summary>
    public async Task<ExportedContent> WriteAsync(string target, CancellationToken cancellationToken)
    {
        // One moment of the store, even while editors save: a row moved between two reads is neither lost nor doubled.
        var languages = new List<(SiteLanguage Language, LanguageContent Content)>();
        await using (var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken))
        {
            foreach (var language in SiteLanguage.All)
            {
                using (LanguageScope.Use(language))
                {
                    languages.Add((language, await ReadAsync(cancellationToken)));
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var (language, content) in languages)
        {
            // A translation with nothing translated yet writes no folder.
            if (language.IsOriginal || content.Items > 0)
            {
                await WriteAsync(language.IsOriginal ? target : Path.Combine(target, language.Code), content, cancellationToken);
            }
        }

        var english = languages[0].Content;
        return new ExportedContent(english.Articles.Count, english.Drafts, english.Comparison.Count, english.SideEffects.Count,
            english.Glossary.Count, english.Conditions.Count, english.UrgentHelp.Count, english.Questions.Count);
    }

    /// <summary>Everything of one language (the one <see cref="LanguageScope"/> names) the files hold.</summary>
    private async Task<LanguageContent> ReadAsync(CancellationToken cancellationToken) => new(
        await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.Slug).ToListAsync(cancellationToken),
        await db.Articles.CountAsync(a => a.Status != ArticleStatus.Published, cancellationToken),
        await db.ComparisonAspects.AsNoTracking().OrderBy(x => x.Order).ThenBy(x => x.Id).ToListAsync(cancellationToken),
        await db.SideEffects.AsNoTracking().OrderBy(x => x.Order).ThenBy(x => x.Id).ToListAsync(cancellationToken),
        // The glossary has no order of its own: the order the terms came into the store is the files' order, with terms
        // added in /admin after them, as an editor of the file would add them.
        await db.GlossaryTerms.AsNoTracking().OrderBy(x => x.Id).ToListAsync(cancellationToken),
        await db.Conditions.AsNoTracking().OrderBy(x => x.Order).ThenBy(x => x.Id).ToListAsync(cancellationToken),
        await db.UrgentHelp.AsNoTracking().OrderBy(x => x.Id).ToListAsync(cancellationToken),
        await db.QuestionGroups.AsNoTracking().OrderBy(x => x.Order).ThenBy(x => x.Id).ToListAsync(cancellationToken));

    private static async Task WriteAsync(string target, LanguageContent content, CancellationToken cancellationToken)
    {
        var articleFolder = Path.Combine(target, "articles");
        Directory.CreateDirectory(articleFolder);
        foreach (var article in content.Articles)
        {
            await File.WriteAllTextAsync(Path.Combine(articleFolder, FileName(article.Slug) + ".md"), ArticleFile(article), FileEncoding, cancellationToken);
        }

        await WriteListAsync(target, "comparison.yml", content.Comparison.Select(ComparisonRow), cancellationToken);
        await WriteListAsync(target, "side-effects.yml", content.SideEffects.Select(SideEffectRow), cancellationToken);
        await WriteListAsync(target, "glossary.yml", content.Glossary.Select(GlossaryRow), cancellationToken);
        await WriteListAsync(target, "conditions.yml", content.Conditions.Select(ConditionRow), cancellationToken);
        await WriteListAsync(target, "urgent-help.yml", content.UrgentHelp.Select(UrgentHelpRow), cancellationToken);
        await WriteListAsync(target, "questions.yml", content.Questions.Select(QuestionRow), cancellationToken);
    }

    private sealed record LanguageContent(
        List<Article> Articles, int Drafts, List<ComparisonAspect> Comparison, List<SideEffect> SideEffects, List<GlossaryTerm> Glossary,
        List<Condition> Conditions, List<UrgentHelp> UrgentHelp, List<QuestionGroup> Questions)
    {
        public int Items => Articles.Count + Comparison.Count + SideEffects.Count + Glossary.Count + Conditions.Count + UrgentHelp.Count + Questions.Count;
    }

    private static async Task WriteListAsync<T>(string target, string fileName, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var items = rows.ToList();
        if (items.Count > 0) // no file for an empty kind: the reader takes a missing file as an empty list
        {
            await File.WriteAllTextAsync(Path.Combine(target, fileName), List(items), FileEncoding, cancellationToken);
        }
    }

    /// <summary>A slug is a file name here: one that could reach outside the folder is refused, whatever wrote it.</summary>
    private static string FileName(string slug) =>
        slug.Length > 0 && slug != "." && slug != ".." && Path.GetFileName(slug) == slug && slug.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
            ? slug
            : throw new InvalidDataException($"The article slug '{slug}' cannot be a file name.");

    private static string ArticleFile(Article article) => Article(
        new ArticleFrontMatter
        {
            Title = Text(article.Title),
            Summary = Text(article.Summary),
            Topic = FileWord(article.Topic),
            Order = article.Order,
            // A published article always has its date (the editors' form sets it on publishing); the review date stands in
            // for one published before that, as the form would give it.
            Published = Date(article.Published ?? article.LastReviewed),
            // No "updated": the site never reads it, and the store's last save is when this store took the item, which
            // differs from store to store and would change every file in every export.
            LastReviewed = Date(article.LastReviewed),
            NextReviewDue = Date(article.NextReviewDue),
            Sources = [.. article.Sources.Select(source => new SourceRow
            {
                Title = Text(source.Title),
                Publisher = source.Publisher is null ? null : Text(source.Publisher),
                Date = source.Date is null ? null : Text(source.Date),
                Note = source.Note is null ? null : Text(source.Note),
                Url = source.Url,
            })],
            Related = [.. article.RelatedSlugs],
        },
        article.BodyMarkdown);

    private static ComparisonFile ComparisonRow(ComparisonAspect row) => new()
    {
        Slug = row.Slug,
        LastReviewed = Date(row.LastReviewed),
        NextReviewDue = Date(row.NextReviewDue),
        Aspect = Text(row.Aspect),
        Immunotherapy = Text(row.Immunotherapy),
        CarT = Text(row.CarT),
    };

    private static SideEffectFile SideEffectRow(SideEffect row) => new()
    {
        Slug = row.Slug,
        LastReviewed = Date(row.LastReviewed),
        NextReviewDue = Date(row.NextReviewDue),
        Name = Text(row.Name),
        Title = Optional(row.Title),
        Signs = [.. row.Signs.Select(Text)],
        OtherWords = [.. row.OtherWords.Select(Text)],
        Therapy = FileWord(row.Therapy),
        Urgency = FileWord(row.Urgency),
        Symptoms = Block(row.Symptoms),
        Timing = Block(row.Timing),
        Management = Block(row.Management),
    };

    private static GlossaryFile GlossaryRow(GlossaryTerm term) => new()
    {
        Slug = term.Slug,
        LastReviewed = Date(term.LastReviewed),
        NextReviewDue = Date(term.NextReviewDue),
        Term = Text(term.Term),
        Aliases = [.. term.Aliases.Select(Text)],
        Definition = Block(term.Definition),
    };

    private static ConditionFile ConditionRow(Condition condition) => new()
    {
        Slug = condition.Slug,
        LastReviewed = Date(condition.LastReviewed),
        NextReviewDue = Date(condition.NextReviewDue),
        Name = Text(condition.Name),
        Kind = FileWord(condition.Kind),
        Summary = Text(condition.Summary),
        Immunotherapy = new TreatmentRow { Status = FileWord(condition.ImmunotherapyStatus), Note = Optional(condition.ImmunotherapyNote) },
        CarT = new TreatmentRow { Status = FileWord(condition.CarTStatus), Note = Optional(condition.CarTNote) },
    };

    private static UrgentHelpFile UrgentHelpRow(UrgentHelp help) => new()
    {
        Slug = help.Slug,
        LastReviewed = Date(help.LastReviewed),
        NextReviewDue = Date(help.NextReviewDue),
        Title = Text(help.Title),
        Introduction = Optional(help.Introduction),
        Emergency = new UrgentHelpLevelRow { Action = Text(help.EmergencyAction), Signs = [.. help.EmergencySigns.Select(Text)] },
        ContactNow = new UrgentHelpLevelRow { Action = Text(help.ContactNowAction), Signs = [.. help.ContactNowSigns.Select(Text)] },
        NextContact = new UrgentHelpLevelRow { Action = Text(help.NextContactAction), Signs = [.. help.NextContactSigns.Select(Text)] },
        Note = Optional(help.Note),
    };

    private static QuestionFile QuestionRow(QuestionGroup group) => new()
    {
        Slug = group.Slug,
        LastReviewed = Date(group.LastReviewed),
        NextReviewDue = Date(group.NextReviewDue),
        Heading = Text(group.Heading),
        Questions = [.. group.Questions.Select(Text)],
    };
}
