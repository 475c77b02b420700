using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class ConditionConfiguration : IEntityTypeConfiguration<Condition>
{
    public void Configure(EntityTypeBuilder<Condition> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(x => x.Name).HasMaxLength(160);
    }
}
