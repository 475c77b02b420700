using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data.Sqlite;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// Reading pages stay quick however many articles there are: every query the article pages send to the store
/// finds its rows through an index, never by walking the whole Articles table or sorting all of it.
/// SQLite keeps no statistics here, so its plans depend on the indexes alone and are the same for 7 articles or 10,000.
/// </summary>
public sealed class QueryPlanTests
{
    [SqliteTheory("reads SQLite's query plans; PostgreSqlStoreTests read the same pages on PostgreSQL")]
    [InlineData("/articles")]
    [InlineData("/")]
    [InlineData("/articles/immunotherapy-and-car-t-compared")]
    [InlineData("/feed.xml")]
    public async Task Article_pages_read_the_articles_they_show_through_an_index(string path)
    {
        // Captured by an interceptor on this site's own contexts: nothing another site in the process runs gets in.
        var commands = new CapturedCommands();
        using var site = new TestSite();
        site.Settings["TherapyGuide:OutputCache"] = "false";
        using var app = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteStoreContext>(options => options.AddInterceptors(commands))));
        using var client = app.CreateClient();
        await client.GetAsync("/"); // the store is seeded and every start-up query has run
        commands.Clear();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var onArticles = commands.Texts().Where(sql => sql.Contains("FROM \"Articles\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(onArticles);
        await using var connection = new SqliteConnection(site.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in onArticles)
        {
            var plan = await PlanAsync(connection, sql);
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN a", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
            if (sql.Contains("\"a\".\"Slug\" = ", StringComparison.Ordinal) || sql.Contains("\"a\".\"Slug\" IN ", StringComparison.Ordinal))
            {
                // Named articles are found by their language and slugs, not by walking every published article.
                Assert.Contains(plan, step => step.Contains("INDEX IX_Articles_Language_Slug (Language=? AND Slug=?)", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>SQLite's plan for a statement, one step a line; parameters left unbound count as NULL.</summary>
    private static async Task<List<string>> PlanAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        Assert.NotEmpty(steps);
        return steps;
    }

    private sealed class CapturedCommands : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            _texts.Enqueue(command.CommandText);
            return base.ReaderExecuting(command, eventData, result);
        }

        public void Clear() => _texts.Clear();

        public IReadOnlyList<string> Texts() => [.. _texts];
    }
}
