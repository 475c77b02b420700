using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class ContentImportConfiguration : IEntityTypeConfiguration<ContentImport>
{
    public void Configure(EntityTypeBuilder<ContentImport> builder)
    {
        builder.Property(x => x.Kind).HasMaxLength(40);
        builder.Property(x => x.Slug).HasMaxLength(ContentItemConfiguration.SlugLength);
        builder.HasIndex(x => new { x.Kind, x.Slug }).IsUnique();
        builder.Property(x => x.Hash).HasMaxLength(64);
    }
}
