using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Commands;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// <c>export --to DIR</c>: the store's published content as data/content files, which a new site seeds from into the
/// same items and the same pages.
/// </summary>
public sealed class ContentExportTests
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task An_export_seeds_an_empty_store_with_the_same_items_and_the_same_pages()
    {
        using var site = new TestSite();
        var folder = NewFolder();
        try
        {
            var (code, output, error) = await ExportAsync(site, "--to", folder);
            Assert.True(code == 0, error);
            Assert.Contains($"Exported the published content to {folder}", output, StringComparison.Ordinal);

            using var imported = new TestSite(contentPath: folder);
            Assert.Equal(await StoredItemsAsync(site), await StoredItemsAsync(imported));
            await AssertSamePagesAsync(site, imported);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Text_that_yaml_would_misread_comes_back_exactly()
    {
        using var site = new TestSite();
        await site.EditAsync<Article, ArticleForm>(await site.IdOfAsync(db => db.Articles, "choosing-a-treatment"), form =>
        {
            form.Title = "No: is this a title? # yes, it is";
            form.Summary = "- starts with a dash, then: colons, \"double\" and 'single' quotes, [brackets] {braces} & *stars* % @ ` | > !";
            form.Body = "---\ntitle: not front matter\n---\n\n## Null\n\nnull\n\n- yes\n- ~\n\nÜnïcödé … 😀 עברית\t(tab)";
            form.Sources = "Title: with a colon | publisher: Someone's \"press\" | date: 2026-11-23 | note # with a hash | https://example.org/a?b=c#d";
        });
        await site.EditAsync<GlossaryTerm, GlossaryForm>(await site.IdOfAsync(db => db.GlossaryTerms, "antigen"), form =>
        {
            form.Slug = "null";
            form.Term = "Null";
            form.Aliases = "no\n~\n- dash\n[x]\n{y}\n'quoted'\n\"double\"\n, comma\n123\ntrue";
            form.Definition = "#hash first\n  indented line\nline: with a colon\n\nsecond paragraph é … 😀\ttab\n%YAML 1.2\n---\n...";
        });
        await site.EditAsync<SideEffect, SideEffectForm>(await site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome"), form =>
        {
            form.Name = "true";
            form.Title = "@at the start: \"and\" more";
            form.Signs = "yes\n- dash\n*star\n&anchor\n!tag\n%percent\n`tick`\n>fold\n|literal\n? question";
            form.OtherWords = "off\n0x1F\n1e3\n.inf\n2026-11-23\nnull, really";
            form.Symptoms = "line one\n\n   indented\ntrailing spaces   \nlast";
            form.Timing = "\"all quoted\"";
            form.Management = "'single'";
        });
        await site.EditAsync<ComparisonAspect, ComparisonForm>(await site.IdOfAsync(db => db.ComparisonAspects, "how-it-works"), form =>
        {
            form.Slug = "123";
            form.Aspect = "Aspect: yes";
            form.Immunotherapy = "multi\nline\n# hash";
            form.CarT = "ends with a colon:";
        });
        await site.EditAsync<Condition, ConditionForm>(await site.IdOfAsync(db => db.Conditions, "melanoma"), form =>
        {
            form.Name = "'single quoted'";
            form.Summary = "> folded?";
            form.ImmunotherapyNote = "";
            form.CarTNote = "~";
        });
        await site.EditAsync<UrgentHelp, UrgentHelpForm>(await site.IdOfAsync(db => db.UrgentHelp, UrgentHelp.MainSlug), form =>
        {
            form.Title = "Get help: now!";
            form.Introduction = "\"Intro\" # not a comment";
            form.EmergencySigns = "999\n- call\nyes";
            form.Note = "null";
        });
        await site.EditAsync<QuestionGroup, QuestionGroupForm>(await site.IdOfAsync(db => db.QuestionGroups, "side-effects"), form =>
        {
            form.Slug = "true";
            form.Heading = "Questions: yes # or no?";
            form.Questions = "~\n- Is this a list item?\n\"Quoted\" and 'single'\n[x] {y} & *z* % @ `tick` | > !\nÜnïcödé … 😀 עברית\t(tab)";
        });
        var folder = NewFolder();
        try
        {
            var (code, _, error) = await ExportAsync(site, "--to", folder);
            Assert.True(code == 0, error);

            using var imported = new TestSite(contentPath: folder);
            var expected = await StoredItemsAsync(site);
            var actual = await StoredItemsAsync(imported);
            Assert.Contains("GlossaryTerm/null", actual.Keys);
            Assert.Contains("ComparisonAspect/123", actual.Keys);
            Assert.Contains("QuestionGroup/true", actual.Keys);
            Assert.Equal(expected, actual);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Line_breaks_typed_in_a_browser_are_written_as_the_files_hold_them()
    {
        using var site = new TestSite();
        await site.EditAsync<SideEffect, SideEffectForm>(await site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome"), form =>
            form.Symptoms = "First line.\r\n\r\nSecond paragraph.");
        var folder = NewFolder();
        try
        {
            Assert.Equal(0, (await ExportAsync(site, "--to", folder)).Code);

            var file = await File.ReadAllTextAsync(Path.Combine(folder, "side-effects.yml"));
            Assert.DoesNotContain('\r', file);
            Assert.Contains("  symptoms: |\n    First line.\n\n    Second paragraph.\n", file, StringComparison.Ordinal);
            using var imported = new TestSite(contentPath: folder);
            await using var scope = imported.Services.CreateAsyncScope();
            var symptoms = await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().SideEffects
                .Where(x => x.Slug == "cytokine-release-syndrome").Select(x => x.Symptoms).SingleAsync();
            Assert.Equal("First line.\n\nSecond paragraph.", symptoms);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task The_questions_are_written_from_the_store_as_the_hand_written_file_is_and_an_editors_change_with_them()
    {
        using var site = new TestSite();
        var folder = NewFolder();
        try
        {
            var (code, output, error) = await ExportAsync(site, "--to", folder);
            Assert.True(code == 0, error);
            Assert.Contains("and 7 question groups", output, StringComparison.Ordinal);
            var original = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Content, "questions.yml"));
            Assert.Equal(original, await File.ReadAllTextAsync(Path.Combine(folder, "questions.yml")));

            await site.EditAsync<QuestionGroup, QuestionGroupForm>(await site.IdOfAsync(db => db.QuestionGroups, "what-to-expect"), form =>
            {
                form.Questions += "\nWho do I call with a question after I go home?";
                form.Order = 0; // to the top of the page
            });
            Assert.Equal(0, (await ExportAsync(site, "--to", folder, "--force")).Code);

            var written = await File.ReadAllTextAsync(Path.Combine(folder, "questions.yml"));
            Assert.StartsWith("- slug: what-to-expect\n", written, StringComparison.Ordinal);
            Assert.Contains("    - \"Who do I call with a question after I go home?\"\n\n- slug: about-the-treatment\n", written, StringComparison.Ordinal);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Draft_articles_are_left_out()
    {
        using var site = new TestSite();
        await site.EditAsync<Article, ArticleForm>(await site.IdOfAsync(db => db.Articles, "choosing-a-treatment"), form =>
        {
            form.Status = ArticleStatus.Draft;
            form.Title = "Not ready for readers";
        });
        var folder = NewFolder();
        try
        {
            var (code, output, error) = await ExportAsync(site, "--to", folder);

            Assert.True(code == 0, error);
            Assert.Contains("(1 draft left out)", output, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "articles", "choosing-a-treatment.md")));
            Assert.DoesNotContain(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories),
                file => File.ReadAllText(file).Contains("Not ready for readers", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(folder, "articles", "side-effects-compared.md")));
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--to")]
    [InlineData("--to", "--force")]
    [InlineData("--to", "/tmp/therapyguide-export", "--overwrite")]
    public async Task A_missing_folder_or_an_unknown_option_is_a_usage_error(params string[] args)
    {
        using var site = new TestSite();

        var (code, output, error) = await ExportAsync(site, args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("export --to DIR [--force]", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/tmp/therapyguide-export"));
    }

    [Fact]
    public async Task A_file_a_folder_that_is_not_empty_and_a_path_under_a_file_are_refused_and_left_as_they_were()
    {
        using var site = new TestSite();
        var parent = NewFolder();
        var file = Path.Combine(parent, "notes.txt");
        var full = Path.Combine(parent, "full");
        var store = Path.Combine(parent, "store");
        Directory.CreateDirectory(full);
        Directory.CreateDirectory(store);
        await File.WriteAllTextAsync(file, "precious");
        await File.WriteAllTextAsync(Path.Combine(full, "glossary.yml"), "precious");
        await File.WriteAllTextAsync(Path.Combine(store, "therapyguide.db"), "precious");
        try
        {
            await AssertRefusedAsync(site, "is a file", "--to", file);
            await AssertRefusedAsync(site, "is not empty", "--to", full);
            await AssertRefusedAsync(site, "holds therapyguide.db, which is not a content file", "--to", store, "--force");
            await AssertRefusedAsync(site, $"{file} is a file", "--to", Path.Combine(file, "export"));
            await AssertRefusedAsync(site, "not a usable folder path", "--to", "");

            Assert.Equal("precious", await File.ReadAllTextAsync(file));
            Assert.Equal(["glossary.yml"], Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName));
            Assert.Equal(["therapyguide.db"], Directory.EnumerateFileSystemEntries(store).Select(Path.GetFileName));
            Assert.Equal(["full", "notes.txt", "store"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            DeleteFolder(parent);
        }
    }

    [Fact]
    public async Task Force_replaces_an_earlier_export_whole_and_leaves_nothing_beside_it()
    {
        using var site = new TestSite();
        var parent = NewFolder();
        var folder = Path.Combine(parent, "content");
        try
        {
            Assert.Equal(0, (await ExportAsync(site, "--to", folder)).Code);
            await File.WriteAllTextAsync(Path.Combine(folder, "articles", "deleted-since.md"), "stale");

            var (code, _, error) = await ExportAsync(site, "--to", folder, "--force");

            Assert.True(code == 0, error);
            Assert.False(File.Exists(Path.Combine(folder, "articles", "deleted-since.md")));
            Assert.True(File.Exists(Path.Combine(folder, "articles", "side-effects-compared.md")));
            Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
        }
        finally
        {
            DeleteFolder(parent);
        }
    }

    [Fact]
    public async Task A_relative_path_with_dot_dot_is_written_where_it_leads_and_named_in_full()
    {
        using var site = new TestSite();
        var parent = NewFolder();
        var folder = Path.Combine(parent, "content");
        Directory.CreateDirectory(Path.Combine(parent, "elsewhere"));
        try
        {
            var given = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(parent, "elsewhere")) + "/../content/";

            var (code, output, error) = await ExportAsync(site, "--to", given);

            Assert.True(code == 0, error);
            Assert.Contains($"to {folder}:", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "glossary.yml")));
        }
        finally
        {
            DeleteFolder(parent);
        }
    }

    [Fact]
    public async Task An_export_that_fails_half_way_leaves_the_earlier_export_and_no_half_written_one()
    {
        using var site = new TestSite();
        var parent = NewFolder();
        var folder = Path.Combine(parent, "content");
        try
        {
            Assert.Equal(0, (await ExportAsync(site, "--to", folder)).Code);
            var before = await FilesAsync(folder);
            await using (var scope = site.Services.CreateAsyncScope())
            {
                // A slug no form would take, put in the store behind the site's back: it must not become a path. It sorts
                // last, so the export stops after writing the other articles.
                var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
                (await db.Articles.SingleAsync(a => a.Slug == "what-treatment-is-like")).Slug = "zz/../../escaped";
                await db.SaveChangesAsync();
            }

            var (code, _, error) = await ExportAsync(site, "--to", folder, "--force");

            Assert.Equal(1, code);
            Assert.Single(error.Trim().Split('\n'));
            Assert.Contains("cannot be a file name", error, StringComparison.Ordinal);
            Assert.Equal(before, await FilesAsync(folder));
            Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
            Assert.False(File.Exists(Path.Combine(parent, "escaped.md")));
        }
        finally
        {
            DeleteFolder(parent);
        }
    }

    [Fact]
    public async Task The_site_runs_export_from_the_command_line_and_exits()
    {
        var database = TestSite.NewDatabasePath();
        var folder = NewFolder();
        try
        {
            var (code, output) = await SiteProcess.RunCommandAsync(database, "", "export", "--to", folder);

            Assert.True(code == 0, output);
            Assert.Contains($"Exported the published content to {folder}", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "articles", "side-effects-compared.md")));
        }
        finally
        {
            TestSite.DeleteDatabase(database);
            DeleteFolder(folder);
        }
    }

    private static async Task AssertRefusedAsync(TestSite site, string reason, params string[] args)
    {
        var (code, output, error) = await ExportAsync(site, args);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n')); // one line, never a stack trace
    }

    /// <summary>
    /// Every address in the first site's sitemap, the questions, a print pack, a search, the feed and the sitemap read the
    /// same on the second site, byte for byte apart from what is made per request or per store (see <see cref="Comparable"/>).
    /// </summary>
    private static async Task AssertSamePagesAsync(TestSite expected, TestSite actual)
    {
        using var first = expected.CreateClient();
        using var second = actual.CreateClient();
        var sitemap = await first.GetStringAsync("/sitemap.xml");
        var addresses = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>[^<]*?//[^/<]+(?<path>/[^<]*)</loc>")
            .Select(m => m.Groups["path"].Value).ToList();
        Assert.True(addresses.Count > 90, $"the sitemap lists {addresses.Count} pages");

        foreach (var address in addresses.Concat(
                     ["/questions", "/print?pages=compare&pages=side-effects&pages=glossary", "/search?q=lupus", "/feed.xml", "/sitemap.xml", "/robots.txt"]))
        {
            var wanted = await first.GetAsync(address);
            var got = await second.GetAsync(address);
            Assert.True(wanted.StatusCode == HttpStatusCode.OK && got.StatusCode == HttpStatusCode.OK, $"{address}: {wanted.StatusCode}, then {got.StatusCode}");
            Assert.Equal($"{address}\n{Comparable(await wanted.Content.ReadAsStringAsync())}", $"{address}\n{Comparable(await got.Content.ReadAsStringAsync())}");
        }
    }

    /// <summary>
    /// A page without the times each store saved its items (the feed's updated, the sitemap's lastmod): those are the
    /// store's, not the content's, and the files do not carry them. Every HTML page must match byte for byte.
    /// </summary>
    private static string Comparable(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "<(updated|lastmod)>[^<]*</", "<$1>(saved)</");

    /// <summary>Every published item's fields, apart from its row id, its version and when this store saved it.</summary>
    private static async Task<Dictionary<string, string>> StoredItemsAsync(TestSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        await AddAsync(db.Articles.Where(a => a.Status == ArticleStatus.Published));
        await AddAsync(db.ComparisonAspects);
        await AddAsync(db.SideEffects);
        await AddAsync(db.GlossaryTerms);
        await AddAsync(db.Conditions);
        await AddAsync(db.UrgentHelp);
        await AddAsync(db.QuestionGroups);
        Assert.True(items.Count > 100, $"{items.Count} items");
        return items;

        async Task AddAsync<T>(IQueryable<T> set) where T : ContentItem
        {
            foreach (var item in await set.AsNoTracking().ToListAsync())
            {
                var fields = JsonSerializer.SerializeToNode(item, _json)!.AsObject();
                // Who approved an item is the store's record of its review, not content: the files do not carry it.
                foreach (var name in (string[])[
                    nameof(ContentItem.Id), nameof(ContentItem.Version), nameof(ContentItem.CreatedUtc), nameof(ContentItem.UpdatedUtc),
                    nameof(ContentItem.ReviewedBy), nameof(ContentItem.ReviewerRole), nameof(ContentItem.ApprovedUtc)])
                {
                    fields.Remove(name);
                }

                items.Add($"{typeof(T).Name}/{item.Slug}", fields.ToJsonString(_json));
            }
        }
    }

    private static async Task<(int Code, string Output, string Error)> ExportAsync(TestSite site, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ExportCommand.RunAsync(["export", .. args], site.Services, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<Dictionary<string, string>> FilesAsync(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(folder, file), await File.ReadAllTextAsync(file));
        }

        return files;
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"export-{Guid.NewGuid():N}");

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
