using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// A corrected content file reaches a store that already has the item: untouched items are updated on the next start,
/// items an editor changed wait on the dashboard for an editor to take the files' version or keep theirs. Each test runs
/// the real site over its own SQLite file and a copy of data/content, restarted by starting the site again.
/// </summary>
public sealed partial class ContentFileUpdateTests : IDisposable
{
    private const string Editor = "editor@example.org";
    private readonly OwnStoreAndContent _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_changed_file_updates_every_kind_of_untouched_item_on_the_next_start_as_a_new_revision()
    {
        StartOnce();

        var article = PublishedArticleFile();
        File.AppendAllText(article, "\n\nZanthoria is a word added to the file later.\n");
        var glossary = EditYaml("glossary.yml", 0, "definition", "Glossiquark correction.");
        var row = EditYaml("comparison.yml", 0, "immunotherapy", "Compariquark correction.");
        var sideEffect = EditYaml("side-effects.yml", 0, "management", "Sidequark correction.");
        var condition = EditYaml("conditions.yml", 0, "summary", "Condiquark correction.");
        EditYaml("urgent-help.yml", 0, "emergency.action", "Urgiquark: call 999 now");
        var questions = EditYaml("questions.yml", 1, "heading", "Questiquark:");

        using var site = _files.StartSite();
        var articleSlug = Path.GetFileNameWithoutExtension(article);
        await AssertUpdatedFromFilesAsync<Article>(site, ContentKind.Article, db => db.Articles, articleSlug);
        await AssertUpdatedFromFilesAsync<GlossaryTerm>(site, ContentKind.Glossary, db => db.GlossaryTerms, glossary);
        await AssertUpdatedFromFilesAsync<ComparisonAspect>(site, ContentKind.Comparison, db => db.ComparisonAspects, row);
        await AssertUpdatedFromFilesAsync<SideEffect>(site, ContentKind.SideEffect, db => db.SideEffects, sideEffect);
        await AssertUpdatedFromFilesAsync<Condition>(site, ContentKind.Condition, db => db.Conditions, condition);
        await AssertUpdatedFromFilesAsync<UrgentHelp>(site, ContentKind.UrgentHelp, db => db.UrgentHelp, UrgentHelp.MainSlug);
        await AssertUpdatedFromFilesAsync<QuestionGroup>(site, ContentKind.QuestionGroup, db => db.QuestionGroups, questions);

        using var reader = site.CreateClient();
        Assert.Contains("Zanthoria is a word added", await reader.GetStringAsync($"/articles/{articleSlug}"), StringComparison.Ordinal);
        Assert.Contains("Glossiquark correction.", await reader.GetStringAsync($"/glossary/{glossary}"), StringComparison.Ordinal);
        Assert.Contains("Compariquark correction.", await reader.GetStringAsync("/compare"), StringComparison.Ordinal);
        Assert.Contains("Sidequark correction.", await reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
        Assert.StartsWith("Urgiquark: call 999 now", await UrgentHelpAsync(site, u => u.EmergencyAction), StringComparison.Ordinal);
        Assert.Contains("Condiquark correction.", await reader.GetStringAsync("/conditions"), StringComparison.Ordinal);
        Assert.Contains("Questiquark: What should I expect?", await reader.GetStringAsync("/questions"), StringComparison.Ordinal);
        foreach (var (word, link) in new[]
                 {
                     ("zanthoria", $"/articles/{articleSlug}"), ("glossiquark", $"/glossary/{glossary}"), ("compariquark", "/compare"),
                     ("sidequark", "/side-effects"), ("condiquark", "/conditions"), ("urgiquark", "/side-effects"),
                     ("questiquark", $"/questions#{questions}"),
                 })
        {
            var results = await HtmlForm.ParseAsync(await reader.GetAsync($"/search?q={word}"));
            Assert.Contains(results.QuerySelectorAll(".result a"), a => a.GetAttribute("href")!.StartsWith(link, StringComparison.Ordinal));
        }

        // Nothing an editor must answer, and nothing else changed.
        Assert.Equal(0, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.NewerSnapshot != null)));
        Assert.Equal(0, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.Kind != ContentSeeder.FolderKind && i.Hash == null)));
        Assert.Equal(7, await CountAsync(site, db => db.Revisions.CountAsync(r => r.Note == ContentFileVersions.UpdatedNote)));
        Assert.Equal(7, await CountAsync(site, db => db.AuditEntries.CountAsync(a => a.Actor == ContentFileVersions.ImportAuthor && a.Action == "updated")));
    }

    [Fact]
    public async Task Restarting_again_changes_nothing_even_when_the_folder_must_be_read_again()
    {
        StartOnce();

        var glossary = EditYaml("glossary.yml", 1, "definition", "Glossiquark correction.");
        int revisions;
        using (var site = _files.StartSite())
        {
            await AssertUpdatedFromFilesAsync<GlossaryTerm>(site, ContentKind.Glossary, db => db.GlossaryTerms, glossary);
            revisions = await CountAsync(site, db => db.Revisions.CountAsync());
        }

        // The same folder: the start skips it. A folder changed elsewhere (questions.yml): every item is compared, none differs.
        using (var same = _files.StartSite())
        {
            await using var scope = same.Services.CreateAsyncScope();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync());
        }

        File.AppendAllText(Path.Combine(_files.Content, "questions.yml"), "\n# a comment that changes the folder's fingerprint\n");
        using var again = _files.StartSite();
        Assert.Equal(revisions, await CountAsync(again, db => db.Revisions.CountAsync()));
        Assert.Equal(0, await CountAsync(again, db => db.ContentImports.CountAsync(i => i.NewerSnapshot != null)));
    }

    [Fact]
    public async Task A_store_imported_before_hashes_were_kept_updates_untouched_items_and_lists_edited_ones()
    {
        string edited, untouched;
        int revisions;
        using (var first = _files.StartSite())
        {
            edited = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            untouched = await SlugAtAsync(first, db => db.GlossaryTerms, 1);
            await first.EditAsync<GlossaryTerm, GlossaryForm>(await first.IdOfAsync(db => db.GlossaryTerms, edited), f => f.Definition = "Our own definition.");
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            await db.ContentImports.ExecuteUpdateAsync(i => i.SetProperty(x => x.Hash, (string?)null));
            revisions = await db.Revisions.CountAsync();
        }

        EditYaml("glossary.yml", 0, "definition", "Files correction of the edited term.");
        EditYaml("glossary.yml", 1, "definition", "Files correction of the untouched term.");

        using var site = _files.StartSite();
        await AssertUpdatedFromFilesAsync<GlossaryTerm>(site, ContentKind.Glossary, db => db.GlossaryTerms, untouched);
        using var reader = site.CreateClient();
        Assert.Contains("Files correction of the untouched term.", await reader.GetStringAsync($"/glossary/{untouched}"), StringComparison.Ordinal);
        Assert.Contains("Our own definition.", await reader.GetStringAsync($"/glossary/{edited}"), StringComparison.Ordinal);
        using var editor = await SignInAsync(site);
        Assert.Equal(new[] { $"/admin/content-files/glossary/{edited}" }, NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));

        // Every other item matched what was imported: no revision for them, and each import now has its hash.
        Assert.Equal(revisions + 1, await CountAsync(site, db => db.Revisions.CountAsync()));
        Assert.Equal(0, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.Kind != ContentSeeder.FolderKind && i.Hash == null)));
    }

    /// <summary>Starts the site on the store and the content copy (the first import), and stops it.</summary>
    private void StartOnce()
    {
        using var site = _files.StartSite();
        _ = site.Services; // the factory starts the site on first use
    }
}
