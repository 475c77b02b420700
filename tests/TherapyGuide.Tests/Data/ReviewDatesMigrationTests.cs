using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data.Sqlite;

namespace TherapyGuide.Tests.Data;

/// <summary>A store from before the structured kinds had review dates comes out of the upgrade with no empty date.</summary>
public sealed class ReviewDatesMigrationTests : IDisposable
{
    private const string BeforeReviewDates = "20261202061238_ServerSideSessionsAndSignInHolds";

    private readonly string _database = TestSite.NewDatabasePath();

    public void Dispose() => TestSite.DeleteDatabase(_database);

    [SqliteFact("upgrades a SQLite store made before review dates; PostgreSQL stores begin after them")]
    public async Task An_upgraded_item_and_its_earlier_versions_count_as_reviewed_when_saved_and_are_due_six_months_later()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database)!);
        await using (var before = Store())
        {
            await before.GetService<IMigrator>().MigrateAsync(BeforeReviewDates);
            // Raw SQL is a format string: the snapshot's braces are doubled.
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO "GlossaryTerms" ("Term", "Definition", "Aliases", "Slug", "Version", "CreatedUtc", "UpdatedUtc")
                VALUES ('Antibody', 'A protein.', '[]', 'antibody', 2, '2026-01-10 08:00:00', '2026-03-14 17:45:12.1234567');
                INSERT INTO "Revisions" ("Kind", "ContentId", "Version", "Title", "Snapshot", "Action", "Author", "CreatedUtc")
                VALUES ('Glossary', 1, 1, 'Antibody', '{{"term":"Antibody","slug":"antibody","definition":"A protein.","aliases":"","version":1}}',
                        'Created', 'content import', '2026-01-10 08:00:00');
                """);
        }

        await using var after = Store();
        await after.Database.MigrateAsync();

        var term = await after.GlossaryTerms.AsNoTracking().SingleAsync();
        Assert.Equal((new DateOnly(2026, 3, 14), new DateOnly(2026, 9, 14)), (term.LastReviewed, term.NextReviewDue));
        var first = ContentStore.ReadSnapshot<GlossaryForm>(await after.Revisions.Select(r => r.Snapshot).SingleAsync());
        Assert.Equal((new DateOnly(2026, 1, 10), new DateOnly(2026, 7, 10)), (first.LastReviewed, first.NextReviewDue));
        Assert.Equal("A protein.", first.Definition);
    }

    private SqliteStoreContext Store() =>
        new(new DbContextOptionsBuilder<SqliteStoreContext>().UseSqlite($"Data Source={_database}").Options);
}
