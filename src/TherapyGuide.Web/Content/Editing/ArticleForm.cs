using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace TherapyGuide.Web.Content.Editing;

public sealed class ArticleForm : ContentForm, IContentForm<ArticleForm, Article>
{
    public static ContentKind Kind => ContentKind.Article;

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the address (slug).")]
    [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
    [Slug]
    [Display(Name = "Address")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter a summary: one or two sentences shown in lists and search results.")]
    [StringLength(400, ErrorMessage = "Keep the summary under 400 characters.")]
    public string Summary { get; set; } = "";

    public ArticleTopic Topic { get; set; } = ArticleTopic.Basics;

    [Range(0, 10_000, ErrorMessage = "Enter a whole number from 0 to 10,000.")]
    [Display(Name = "Order in lists")]
    public int Order { get; set; }

    [Required(ErrorMessage = "Write the article.")]
    [StringLength(200_000, ErrorMessage = "The article is too long (200,000 characters at most).")]
    [TableWidth]
    [Display(Name = "Article text (Markdown)")]
    public string Body { get; set; } = "";

    [StringLength(5_000, ErrorMessage = "Keep the sources under 5,000 characters.")]
    [Display(Name = "Sources")]
    public string? Sources { get; set; }

    /// <summary>
    /// The slugs of the articles suggested under "Read next", in the order readers see them there: the content files'
    /// order, then each article an editor ticks after those already chosen (see <see cref="KeepRelatedOrder"/>).
    /// </summary>
    [Display(Name = "Related articles")]
    public List<string> Related { get; set; } = [];

    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>
    /// The date readers and feed readers are given as the article's first publication, from the file's <c>published:</c>
    /// or an editor. Left empty, the stored date stays (snapshots saved before the field existed have none); an article
    /// published without one counts from its last review.
    /// </summary>
    [Display(Name = "First published")]
    public DateOnly? Published { get; set; }

    public int Version { get; set; }

    /// <summary>The item's name for titles and lists; worked out from the fields, so never validated itself.</summary>
    [ValidateNever]
    public string DisplayName => Title;

    public static ArticleForm From(Article entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ArticleForm
        {
            Title = entity.Title,
            Slug = entity.Slug,
            Summary = entity.Summary,
            Topic = entity.Topic,
            Order = entity.Order,
            Body = entity.BodyMarkdown,
            Sources = string.Join('\n', entity.Sources.Select(ArticleSourceLines.Format)),
            Related = [.. entity.RelatedSlugs],
            Status = entity.Status,
            Published = entity.Published,
            LastReviewed = entity.LastReviewed,
            NextReviewDue = entity.NextReviewDue,
            Version = entity.Version,
        };
    }

    public Article CreateEntity(MarkdownRenderer renderer)
    {
        var article = new Article { Slug = Slug, Title = Title, Summary = Summary, BodyMarkdown = "", BodyHtml = "" };
        ApplyTo(article, renderer);
        return article;
    }

    public void ApplyTo(Article entity, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Title = Title.Trim();
        entity.Slug = Slug.Trim();
        entity.Summary = Summary.Trim();
        entity.Topic = Topic;
        entity.Order = Order;
        entity.SetBody(Body, renderer);
        entity.Sources = ParseSources(Sources).ToList();
        entity.RelatedSlugs = Related.Where(r => r != Slug).Distinct().ToList();
        entity.Published = Published ?? entity.Published;
        if (Status == ArticleStatus.Published)
        {
            entity.Published ??= LastReviewed;
        }

        entity.Status = Status;
        entity.LastReviewed = LastReviewed;
        entity.NextReviewDue = NextReviewDue;
    }

    public IEnumerable<FormField> Fields() =>
    [
        new("Title", Title),
        new("Address", Slug),
        new("Summary", Summary),
        new("Topic", ContentLabels.For(Topic)),
        new("Order in lists", Order.ToString(CultureInfo.InvariantCulture)),
        new("Status", Status.ToString()),
        new("First published", Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        .. ReviewDateFields(),
        new("Sources", Sources ?? ""),
        // Which articles, not their order: the form cannot change the order, and saves before the order was kept
        // recorded the boxes' order, so comparing the lists as they are would show changes nobody made.
        new("Related articles", string.Join(", ", Related.Order(StringComparer.Ordinal))),
        new("Article text", Body),
    ];

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var shared in base.Validate(validationContext))
        {
            yield return shared;
        }

        if (!Enum.IsDefined(Topic))
        {
            yield return new ValidationResult("Choose a topic.", [nameof(Topic)]);
        }

        if (!Enum.IsDefined(Status))
        {
            yield return new ValidationResult("Choose draft or published.", [nameof(Status)]);
        }

        if (Published is { } published)
        {
            var clock = validationContext?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
            if (published > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            {
                yield return new ValidationResult("The first publication date cannot be in the future.", [nameof(Published)]);
            }
            else if (LastReviewed != default && published > LastReviewed)
            {
                yield return new ValidationResult("The first publication cannot come after the last review.", [nameof(Published)]);
            }
        }

        foreach (var source in ParseSources(Sources))
        {
            if (!string.IsNullOrEmpty(source.Url) && !source.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                && !source.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                yield return new ValidationResult($"The address of \"{source.Title}\" must start with https:// or http://.", [nameof(Sources)]);
            }
        }
    }

    /// <summary>
    /// Puts the ticked articles in the order readers see them: those the article already suggests keep their places,
    /// newly ticked ones follow in the form's order. The form's boxes come by title, so taken as posted, every save
    /// would reorder the suggestions the content files gave.
    /// </summary>
    public void KeepRelatedOrder(List<string> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Related = [.. Related.Distinct().OrderBy(slug => stored.IndexOf(slug) is var place and >= 0 ? place : int.MaxValue)];
    }

    /// <summary>The sources as the form holds them, one a line (see <see cref="ArticleSourceLines"/>).</summary>
    public static IEnumerable<ArticleSource> ParseSources(string? text) => ArticleSourceLines.Parse(text);
}
