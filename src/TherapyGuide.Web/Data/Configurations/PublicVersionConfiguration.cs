using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Caching;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class PublicVersionConfiguration : IEntityTypeConfiguration<PublicVersion>
{
    public void Configure(EntityTypeBuilder<PublicVersion> builder)
    {
        builder.ToTable("PublicVersion");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasData(new PublicVersion { Id = PublicVersion.OnlyId, Changes = 0 });
    }
}
