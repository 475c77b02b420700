using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(x => x.AtUtc);
        builder.Property(x => x.Actor).HasMaxLength(256);
        builder.Property(x => x.Action).HasMaxLength(60);
        builder.Property(x => x.Target).HasMaxLength(300);
        builder.Property(x => x.Details).HasMaxLength(1000);
        builder.Property(x => x.RemoteAddress).HasMaxLength(64);
    }
}
