using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Voices;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class PageViewCountConfiguration : IEntityTypeConfiguration<PageViewCount>
{
    public void Configure(EntityTypeBuilder<PageViewCount> builder)
    {
        // One row per page per day: every node adds its counts to that row (INSERT … ON CONFLICT DO UPDATE).
        builder.HasKey(x => new { x.Path, x.Day });
        builder.Property(x => x.Path).HasMaxLength(ReaderText.PathLength);
        // The charts read every page's counts for a range of days.
        builder.HasIndex(x => x.Day);
    }
}
