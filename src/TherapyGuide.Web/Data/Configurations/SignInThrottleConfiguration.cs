using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Web.Data.Configurations;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.Account).HasMaxLength(64);
        builder.HasIndex(x => x.Account);
        builder.HasIndex(x => x.FirstFailureUtc);
    }
}
