using Microsoft.AspNetCore.DataProtection;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// The Data Protection key ring, which signs sign-in cookies and antiforgery tokens. It lives in the store, so
/// that every node on the same store, and a restart, accepts the cookies the others made.
/// </summary>
public static class KeyRing
{
    public static IServiceCollection AddKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("TherapyGuide")
            .PersistKeysToDbContext<TherapyGuideDbContext>();
        return services;
    }
}
