using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

/// <summary>
/// The mapping every content kind shares: a slug unique in its language, the link from a translation to its original,
/// and an optimistic concurrency token.
/// </summary>
internal static class ContentItemConfiguration
{
    public const int SlugLength = 100;

    public const int LanguageLength = 8;

    /// <summary>The longest name, and the longest role, a reviewer may give.</summary>
    public const int ReviewerNameLength = 120;

    public static void ConfigureContentItem<T>(this EntityTypeBuilder<T> builder) where T : ContentItem
    {
        builder.Property(x => x.Slug).HasMaxLength(SlugLength);
        builder.Property(x => x.Language).HasMaxLength(LanguageLength).HasDefaultValue("en");
        builder.HasIndex(x => new { x.Language, x.Slug }).IsUnique();
        builder.HasIndex(x => x.SourceId);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.ReviewedBy).HasMaxLength(ReviewerNameLength);
        builder.Property(x => x.ReviewerRole).HasMaxLength(ReviewerNameLength);
    }
}
