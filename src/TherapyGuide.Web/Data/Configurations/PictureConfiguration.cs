using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class PictureConfiguration : IEntityTypeConfiguration<Picture>
{
    public void Configure(EntityTypeBuilder<Picture> builder)
    {
        builder.ToTable("Pictures");
        builder.HasIndex(x => x.Fingerprint).IsUnique();
        builder.HasIndex(x => x.AddressKey).IsUnique();
        builder.Property(x => x.Fingerprint).HasMaxLength(64);
        builder.Property(x => x.AddressKey).HasMaxLength(MediaAddress.KeyLength);
        builder.Property(x => x.FileName).HasMaxLength(60);
        builder.Property(x => x.ContentType).HasMaxLength(40);
        builder.Property(x => x.AltText).HasMaxLength(300);
        builder.Property(x => x.LongDescription).HasMaxLength(4000);
        builder.Property(x => x.UploadedBy).HasMaxLength(256);
        builder.Ignore(x => x.Address);
    }
}
