using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class SideEffectConfiguration : IEntityTypeConfiguration<SideEffect>
{
    public void Configure(EntityTypeBuilder<SideEffect> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(x => x.Name).HasMaxLength(160);
    }
}
