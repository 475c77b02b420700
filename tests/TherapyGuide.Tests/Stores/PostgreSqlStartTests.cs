using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Stores;

/// <summary>Several nodes starting at the same moment on one empty PostgreSQL database: one migrates, one imports, none fails.</summary>
public sealed class PostgreSqlStartTests
{
    [PostgreSqlFact]
    public async Task Two_sites_started_together_on_an_empty_database_migrate_and_import_once()
    {
        var database = await PostgreSqlServer.NewDatabaseAsync();
        using var first = PostgreSqlSite.On(database);
        using var second = PostgreSqlSite.On(database);
        try
        {
            using var go = new ManualResetEventSlim();
            var starts = new[] { first, second }.Select(site => Task.Run(() =>
            {
                go.Wait();
                _ = site.Services;
            })).ToList();
            go.Set();
            await Task.WhenAll(starts);

            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var items = await db.Articles.CountAsync() + await db.ComparisonAspects.CountAsync() + await db.SideEffects.CountAsync()
                + await db.GlossaryTerms.CountAsync() + await db.Conditions.CountAsync() + await db.UrgentHelp.CountAsync()
                + await db.QuestionGroups.CountAsync();
            Assert.Equal(133, items);
            // Every language's items (the Spanish translations too), each once, with one revision and one audit entry.
            var everyLanguage = await db.Articles.IgnoreQueryFilters().CountAsync() + await db.ComparisonAspects.IgnoreQueryFilters().CountAsync()
                + await db.SideEffects.IgnoreQueryFilters().CountAsync() + await db.GlossaryTerms.IgnoreQueryFilters().CountAsync()
                + await db.Conditions.IgnoreQueryFilters().CountAsync() + await db.UrgentHelp.IgnoreQueryFilters().CountAsync()
                + await db.QuestionGroups.IgnoreQueryFilters().CountAsync();
            Assert.True(everyLanguage > items);
            Assert.Equal(everyLanguage, await db.Revisions.CountAsync());
            Assert.Equal(everyLanguage, await db.AuditEntries.CountAsync(a => a.Action == "created"));
            var imports = await db.ContentImports.Select(i => i.Kind + "/" + i.Slug).ToListAsync();
            Assert.Equal(imports.Distinct().Count(), imports.Count);
            Assert.Equal(db.Database.GetMigrations().Count(), await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM "__EFMigrationsHistory" """).SingleAsync());
            foreach (var site in new[] { first, second })
            {
                using var reader = site.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/search?q=lupus")).StatusCode);
            }
        }
        finally
        {
            first.Dispose();
            second.Dispose();
            await PostgreSqlServer.DropDatabaseAsync(database);
        }
    }
}
