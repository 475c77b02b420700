using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    /// <summary>A column the database works out from <see cref="Article.Topic"/>: the topic's explicit number in
    /// <see cref="ArticleTopic"/>, which is its place in reading order (topics are stored by name, which sort otherwise).</summary>
    public const string TopicRank = "TopicRank";

    // Unknown names (a topic since removed) sort after every known one.
    public static readonly string TopicRankSql = "CASE \"Topic\" "
        + string.Concat(Enum.GetValues<ArticleTopic>().Select(topic => $"WHEN '{topic}' THEN {(int)topic} "))
        + $"ELSE {Enum.GetValues<ArticleTopic>().Max(topic => (int)topic) + 1} END";

    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Summary).HasMaxLength(400);
        builder.HasIndex(x => new { x.Status, x.Order });
        // The article list's order (topics in reading order, then the editors' order) as a column, so that one
        // page of a long list is read straight from an index instead of sorting every published article.
        builder.Property<int>(TopicRank).HasComputedColumnSql(TopicRankSql, stored: false);
        builder.HasIndex(nameof(Article.Status), TopicRank, nameof(Article.Order), nameof(Article.Title));
        // The feed's newest articles.
        builder.HasIndex(x => new { x.Status, x.UpdatedUtc });
        builder.OwnsMany(x => x.TableOfContents, toc => toc.ToJson());
        builder.OwnsMany(x => x.Sources, sources => sources.ToJson());
        builder.Ignore(x => x.ReadingMinutes);
    }
}
