using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Summary).HasMaxLength(400);
        builder.HasIndex(x => new { x.Status, x.Order });
        builder.OwnsMany(x => x.TableOfContents, toc => toc.ToJson());
        builder.OwnsMany(x => x.Sources, sources => sources.ToJson());
        builder.Ignore(x => x.ReadingMinutes);
    }
}
