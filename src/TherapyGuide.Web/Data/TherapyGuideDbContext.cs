using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Data;

public sealed class TherapyGuideDbContext(DbContextOptions<TherapyGuideDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ComparisonAspect> ComparisonAspects => Set<ComparisonAspect>();

    public DbSet<SideEffect> SideEffects => Set<SideEffect>();

    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();

    public DbSet<Condition> Conditions => Set<Condition>();

    public DbSet<ContentImport> ContentImports => Set<ContentImport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TherapyGuideDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so that the database reads sensibly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
