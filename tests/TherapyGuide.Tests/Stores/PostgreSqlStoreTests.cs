using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Stores;

/// <summary>
/// The site on PostgreSQL, against the same site on SQLite: the same pages, the same search answers, the same
/// refusal of a stale save, and the operator commands.
/// </summary>
public sealed class PostgreSqlStoreTests(PostgreSqlSite postgreSql, SharedSite sqlite)
    : IClassFixture<PostgreSqlSite>, IClassFixture<SharedSite>
{
    public static TheoryData<string> Queries() =>
    [
        "lupus", "car-t", "car t", "CART", "immun", "leukaemia", "leukemia", "can't breathe", "fever", "T cell",
        "cytokine release", "tired", "infusions", "myasthenia gravis", "what is a b cell", "ｌｕｐｕｓ", "\"); DROP TABLE x; --",
        "NEAR(a b) OR title:* ^", "a", "zzzz-nothing-matches",
    ];

    [PostgreSqlFact]
    public async Task Every_public_page_reads_the_same_on_both_stores()
    {
        using var onSqlite = sqlite.Site.CreateClient();
        using var onPostgreSql = postgreSql.Site.CreateClient();
        await AssertSamePagesAsync(onSqlite, onPostgreSql);
    }

    /// <summary>Every address in the first site's sitemap, and the questions and a print pack, read the same on the second.</summary>
    internal static async Task AssertSamePagesAsync(HttpClient expected, HttpClient actual)
    {
        var sitemap = await expected.GetStringAsync("/sitemap.xml");
        var addresses = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>[^<]*?//[^/<]+(?<path>/[^<]*)</loc>")
            .Select(m => m.Groups["path"].Value).ToList();
        Assert.True(addresses.Count > 90, $"the sitemap lists {addresses.Count} pages");

        foreach (var address in addresses.Concat(["/questions", "/print?pages=compare&pages=side-effects"]))
        {
            var wanted = await MainTextAsync(await expected.GetAsync(address), address);
            var got = await MainTextAsync(await actual.GetAsync(address), address);
            Assert.True(wanted == got, $"{address} reads differently on PostgreSQL");
        }
    }

    [PostgreSqlTheory]
    [MemberData(nameof(Queries))]
    public async Task Search_finds_the_same_pages_in_the_same_order_on_both_stores(string typed)
    {
        var terms = SearchQuery.Terms(typed);
        var (sqliteTotal, sqliteHits) = await EveryHitAsync(sqlite.Site, terms);
        var (postgreSqlTotal, postgreSqlHits) = await EveryHitAsync(postgreSql.Site, terms);

        // Both rank by the same bm25 and break ties by the same row ids, so the pages come in the same order.
        Assert.Equal(sqliteTotal, postgreSqlTotal);
        Assert.Equal(sqliteHits, postgreSqlHits);
    }

    [PostgreSqlFact]
    public async Task Search_ranks_score_the_same_on_both_stores()
    {
        foreach (var typed in (string[])["lupus", "what is a T cell?", "cytokine release", "leukaemia cells", "car-t"])
        {
            var terms = SearchQuery.Terms(typed);
            var onSqlite = await RanksAsync(sqlite.Site, terms);
            var onPostgreSql = await RanksAsync(postgreSql.Site, terms);

            Assert.Equal(onSqlite.Select(m => m.Slug), onPostgreSql.Select(m => m.Slug));
            foreach (var (expected, actual) in onSqlite.Zip(onPostgreSql))
            {
                // PostgreSQL weighs an occurrence in single precision (ts_rank_cd), SQLite in double.
                Assert.True(Math.Abs(expected.Rank - actual.Rank) <= 1e-5 * Math.Abs(expected.Rank), $"{typed}: {expected.Slug} {expected.Rank} on SQLite, {actual.Rank} on PostgreSQL");
            }
        }
    }

    [PostgreSqlFact]
    public async Task Snippets_on_postgresql_are_as_long_and_marked_as_on_sqlite()
    {
        foreach (var typed in (string[])["car t cell", "cytokine release", "what is a T cell?", "lupus"])
        {
            var terms = SearchQuery.Terms(typed);
            var onSqlite = await RanksAsync(sqlite.Site, terms);
            var onPostgreSql = await RanksAsync(postgreSql.Site, terms);

            foreach (var (expected, actual) in onSqlite.Zip(onPostgreSql))
            {
                // A query's AND of words made ts_headline cut the brain-and-nerves card to "CAR-T can".
                var words = actual.Snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                Assert.True(words >= Math.Min(8, expected.Snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), $"{typed}: {actual.Slug} \"{actual.Snippet}\"");
                Assert.True(expected.Snippet.Contains('\u0001', StringComparison.Ordinal) == actual.Snippet.Contains('\u0001', StringComparison.Ordinal), $"{typed}: {actual.Slug} \"{actual.Snippet}\"");
            }
        }
    }

    private static async Task<List<SearchMatch>> RanksAsync(TestSite site, IReadOnlyList<string> terms)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISearchStore>().PageAsync(terms, 0, 50, CancellationToken.None);
    }

    [PostgreSqlFact]
    public async Task Search_on_postgresql_puts_the_emergency_card_first_for_cant_breathe_and_marks_the_words()
    {
        await using var scope = postgreSql.Site.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<SiteSearch>().SearchAsync(SearchQuery.Terms("I can't breathe"), 1, CancellationToken.None);

        var first = results.Hits[0];
        Assert.Equal(ContentKindRegistry.SideEffect.StoredName, first.Kind);
        Assert.Equal(TherapyGuide.Web.Content.Urgency.Emergency, first.Advice!.Level);
        Assert.Contains("\u0001", first.Snippet + string.Concat(results.Hits.Select(h => h.Snippet)), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task A_save_from_a_stale_form_is_refused_on_postgresql_as_on_sqlite()
    {
        // A database of its own: the other tests compare this class's PostgreSQL site with an unchanged SQLite one.
        using var own = new PostgreSqlSite();
        await own.InitializeAsync();
        var site = own.Site;
        using var editor = await EditorSession.SignInAsync(site, "pg-editor@example.org");
        var id = await site.IdOfAsync(db => db.Articles, "what-treatment-is-like");
        var address = $"/admin/articles/edit/{id}";
        var mine = HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(address)), address);
        var theirs = HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(address)), address);

        Assert.Equal(HttpStatusCode.Redirect, (await theirs.Set("Form.Summary", "Their newer summary on PostgreSQL.").PostAsync(editor)).StatusCode);
        var refused = await mine.Set("Form.Summary", "Mine, from an old form.").PostAsync(editor);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using var reader = site.CreateClient();
        Assert.Contains("Their newer summary on PostgreSQL.", await reader.GetStringAsync("/articles/what-treatment-is-like"), StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        Assert.Equal("Their newer summary on PostgreSQL.", (await db.Articles.SingleAsync(a => a.Id == id)).Summary);
        await own.DisposeAsync();
    }

    [PostgreSqlFact]
    public async Task The_users_commands_work_on_postgresql()
    {
        var email = $"pg-admin-{Guid.NewGuid():N}@example.org";
        var (added, output, _) = await EditorSession.AddUserAsync(postgreSql.Site, email, Roles.Admin, EditorSession.Password);
        var (listed, list, _) = await EditorSession.RunCommandAsync(postgreSql.Site, "", "users", "list");

        Assert.Equal(0, added);
        Assert.Contains($"Created Admin account {email}", output, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Contains(email, list, StringComparison.Ordinal);
    }

    /// <summary>The text of the page's main element, spaces squeezed, after checking it answered 200.</summary>
    internal static async Task<string> MainTextAsync(HttpResponseMessage response, string address)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        var page = await HtmlForm.ParseAsync(response);
        var main = page.QuerySelector("main") ?? throw new InvalidOperationException($"{address} has no main");
        return string.Join(' ', main.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<(int Total, List<string> Hits)> EveryHitAsync(TestSite site, IReadOnlyList<string> terms)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SiteSearch>();
        var hits = new List<string>();
        var results = await search.SearchAsync(terms, 1, CancellationToken.None);
        for (var page = 2; ; page++)
        {
            hits.AddRange(results.Hits.Select(h => $"{h.Kind}/{h.Slug}"));
            if (!results.HasNext)
            {
                return (results.Total, hits);
            }

            results = await search.SearchAsync(terms, page, CancellationToken.None);
        }
    }
}
