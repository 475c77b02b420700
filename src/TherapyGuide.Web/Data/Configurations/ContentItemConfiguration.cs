using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

/// <summary>The mapping every content kind shares: a unique slug and an optimistic concurrency token.</summary>
internal static class ContentItemConfiguration
{
    public const int SlugLength = 100;

    /// <summary>The longest name, and the longest role, a reviewer may give.</summary>
    public const int ReviewerNameLength = 120;

    public static void ConfigureContentItem<T>(this EntityTypeBuilder<T> builder) where T : ContentItem
    {
        builder.Property(x => x.Slug).HasMaxLength(SlugLength);
        builder.HasIndex(x => x.Slug).IsUnique();
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.ReviewedBy).HasMaxLength(ReviewerNameLength);
        builder.Property(x => x.ReviewerRole).HasMaxLength(ReviewerNameLength);
    }
}
