using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data.Configurations;

namespace TherapyGuide.Web.Data.PostgreSql;

/// <summary>The store on PostgreSQL, for sites on more than one machine: its migrations are in Data/PostgreSql/Migrations.</summary>
public sealed class PostgreSqlStoreContext(DbContextOptions<PostgreSqlStoreContext> options) : TherapyGuideDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // PostgreSQL computes generated columns when a row is written (STORED); it has no virtual ones before version 18.
        builder.Entity<Article>().Property<int>(ArticleConfiguration.TopicRank)
            .HasComputedColumnSql(ArticleConfiguration.TopicRankSql, stored: true);
    }
}

/// <summary>For <c>dotnet ef migrations add … --context PostgreSqlStoreContext</c>: no server is contacted.</summary>
internal sealed class PostgreSqlStoreContextFactory : IDesignTimeDbContextFactory<PostgreSqlStoreContext>
{
    public PostgreSqlStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlStoreContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
