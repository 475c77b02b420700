using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class ComparisonAspectConfiguration : IEntityTypeConfiguration<ComparisonAspect>
{
    public void Configure(EntityTypeBuilder<ComparisonAspect> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(x => x.Aspect).HasMaxLength(120);
        builder.HasIndex(x => x.Order);
    }
}
