using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content.Review;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class ContentDraftConfiguration : IEntityTypeConfiguration<ContentDraft>
{
    public void Configure(EntityTypeBuilder<ContentDraft> builder)
    {
        // One draft per item (new items, with no id yet, may have several).
        builder.HasIndex(x => new { x.Kind, x.ContentId }).IsUnique();
        builder.HasIndex(x => x.State);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.Property(x => x.Author).HasMaxLength(256);
        builder.Property(x => x.SubmittedBy).HasMaxLength(256);
        builder.Property(x => x.ReviewerAccount).HasMaxLength(256);
        builder.Property(x => x.ReviewerName).HasMaxLength(ContentItemConfiguration.ReviewerNameLength);
        builder.Property(x => x.ReviewerRole).HasMaxLength(ContentItemConfiguration.ReviewerNameLength);
        builder.Property(x => x.ReviewComment).HasMaxLength(1000);
    }
}
