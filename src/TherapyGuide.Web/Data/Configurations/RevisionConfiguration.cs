using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasIndex(x => new { x.Kind, x.ContentId, x.Version });
        builder.HasIndex(x => x.CreatedUtc);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.Property(x => x.Author).HasMaxLength(256);
        builder.Property(x => x.ReviewerAccount).HasMaxLength(256);
        builder.Property(x => x.ReviewedBy).HasMaxLength(ContentItemConfiguration.ReviewerNameLength);
        builder.Property(x => x.ReviewerRole).HasMaxLength(ContentItemConfiguration.ReviewerNameLength);
    }
}
