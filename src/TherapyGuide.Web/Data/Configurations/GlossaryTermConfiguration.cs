using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(x => x.Term).HasMaxLength(160);
        builder.HasIndex(x => x.Term);
    }
}
