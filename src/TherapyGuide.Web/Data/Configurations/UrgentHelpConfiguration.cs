using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class UrgentHelpConfiguration : IEntityTypeConfiguration<UrgentHelp>
{
    public void Configure(EntityTypeBuilder<UrgentHelp> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(x => x.Title).HasMaxLength(160);
    }
}
