using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Voices;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class PageFeedbackConfiguration : IEntityTypeConfiguration<PageFeedback>
{
    public void Configure(EntityTypeBuilder<PageFeedback> builder)
    {
        builder.Property(x => x.Path).HasMaxLength(ReaderText.PathLength);
        builder.Property(x => x.Comment).HasMaxLength(ReaderText.CommentLength);
        builder.HasIndex(x => new { x.Path, x.CreatedUtc });
        builder.HasIndex(x => x.CreatedUtc);
    }
}
