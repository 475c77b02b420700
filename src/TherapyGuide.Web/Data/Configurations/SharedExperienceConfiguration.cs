using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Voices;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class SharedExperienceConfiguration : IEntityTypeConfiguration<SharedExperience>
{
    public void Configure(EntityTypeBuilder<SharedExperience> builder)
    {
        builder.Property(x => x.DisplayName).HasMaxLength(ReaderText.DisplayNameLength);
        builder.Property(x => x.Text).HasMaxLength(ReaderText.ExperienceLength);
        builder.HasIndex(x => new { x.ArticleId, x.Status, x.SubmittedUtc });
        builder.HasIndex(x => new { x.Status, x.ModeratedUtc });
        // Deleting an article deletes the experiences shared under it.
        builder.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
