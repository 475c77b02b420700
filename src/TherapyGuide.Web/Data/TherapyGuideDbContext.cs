using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Data;

/// <summary>
/// The one store: content, its history and the editors' accounts (ASP.NET Core Identity). The site asks for this
/// type; each store has a subclass of its own (<see cref="Sqlite.SqliteStoreContext"/>,
/// <see cref="PostgreSql.PostgreSqlStoreContext"/>) with its own migrations, so the two sets never mix.
/// </summary>
public abstract class TherapyGuideDbContext(DbContextOptions options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, kept with the data so restarts sign no one out.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ComparisonAspect> ComparisonAspects => Set<ComparisonAspect>();

    public DbSet<SideEffect> SideEffects => Set<SideEffect>();

    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();

    public DbSet<Condition> Conditions => Set<Condition>();

    public DbSet<UrgentHelp> UrgentHelp => Set<UrgentHelp>();

    public DbSet<QuestionGroup> QuestionGroups => Set<QuestionGroup>();

    public DbSet<ContentImport> ContentImports => Set<ContentImport>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<Content.Review.ContentDraft> ContentDrafts => Set<Content.Review.ContentDraft>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<PageFeedback> PageFeedback => Set<PageFeedback>();

    public DbSet<PageViewCount> PageViewCounts => Set<PageViewCount>();

    public DbSet<SharedExperience> SharedExperiences => Set<SharedExperience>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<PublicVersion> PublicVersions => Set<PublicVersion>();

    public DbSet<Pictures.Picture> Pictures => Set<Pictures.Picture>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TherapyGuideDbContext).Assembly);
        var filter = typeof(TherapyGuideDbContext).GetMethod(nameof(FilterByLanguage), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var contentType in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => t.IsAssignableTo(typeof(ContentItem))).ToList())
        {
            filter.MakeGenericMethod(contentType).Invoke(this, [builder]);
        }
    }

    /// <summary>
    /// The language whose content every query of a content kind reads (<see cref="LanguageScope"/>); read by the filter
    /// each time a query runs, never fixed into the model. <c>IgnoreQueryFilters()</c> reads every language.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "EF Core reads a context member afresh for each query; a static one would be fixed into the cached query.")]
    private string ContentLanguage => LanguageScope.Content.Code;

    private void FilterByLanguage<T>(ModelBuilder builder) where T : ContentItem =>
        builder.Entity<T>().HasQueryFilter(x => x.Language == ContentLanguage);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name so that the database reads sensibly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
