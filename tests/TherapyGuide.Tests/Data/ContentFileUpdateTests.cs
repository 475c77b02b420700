using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;
using YamlDotNet.RepresentationModel;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// A corrected content file reaches a store that already has the item: untouched items are updated on the next start,
/// items an editor changed wait on the dashboard for an editor to take the files' version or keep theirs. Each test runs
/// the real site over its own SQLite file and a copy of data/content, restarted by starting the site again.
/// </summary>
public sealed class ContentFileUpdateTests : IDisposable
{
    private const string Editor = "editor@example.org";
    private readonly string _database = TestSite.NewDatabasePath();
    private readonly string _content = ContentSeederTests.CopyOfContentFolder();

    public void Dispose()
    {
        TestSite.DeleteDatabase(_database);
        Directory.Delete(_content, recursive: true);
    }

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

        using var site = new TestSite(_database, _content);
        var articleSlug = Path.GetFileNameWithoutExtension(article);
        await AssertUpdatedFromFilesAsync<Article>(site, ContentKind.Article, db => db.Articles, articleSlug);
        await AssertUpdatedFromFilesAsync<GlossaryTerm>(site, ContentKind.Glossary, db => db.GlossaryTerms, glossary);
        await AssertUpdatedFromFilesAsync<ComparisonAspect>(site, ContentKind.Comparison, db => db.ComparisonAspects, row);
        await AssertUpdatedFromFilesAsync<SideEffect>(site, ContentKind.SideEffect, db => db.SideEffects, sideEffect);
        await AssertUpdatedFromFilesAsync<Condition>(site, ContentKind.Condition, db => db.Conditions, condition);
        await AssertUpdatedFromFilesAsync<UrgentHelp>(site, ContentKind.UrgentHelp, db => db.UrgentHelp, UrgentHelp.MainSlug);

        using var reader = site.CreateClient();
        Assert.Contains("Zanthoria is a word added", await reader.GetStringAsync($"/articles/{articleSlug}"), StringComparison.Ordinal);
        Assert.Contains("Glossiquark correction.", await reader.GetStringAsync($"/glossary/{glossary}"), StringComparison.Ordinal);
        Assert.Contains("Compariquark correction.", await reader.GetStringAsync("/compare"), StringComparison.Ordinal);
        Assert.Contains("Sidequark correction.", await reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
        Assert.StartsWith("Urgiquark: call 999 now", await UrgentHelpAsync(site, u => u.EmergencyAction), StringComparison.Ordinal);
        Assert.Contains("Condiquark correction.", await reader.GetStringAsync("/conditions"), StringComparison.Ordinal);
        foreach (var (word, link) in new[]
                 {
                     ("zanthoria", $"/articles/{articleSlug}"), ("glossiquark", $"/glossary/{glossary}"), ("compariquark", "/compare"),
                     ("sidequark", "/side-effects"), ("condiquark", "/conditions"), ("urgiquark", "/side-effects"),
                 })
        {
            var results = await HtmlForm.ParseAsync(await reader.GetAsync($"/search?q={word}"));
            Assert.Contains(results.QuerySelectorAll(".result a"), a => a.GetAttribute("href")!.StartsWith(link, StringComparison.Ordinal));
        }

        // Nothing an editor must answer, and nothing else changed.
        Assert.Equal(0, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.NewerSnapshot != null)));
        Assert.Equal(0, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.Kind != ContentSeeder.FolderKind && i.Hash == null)));
        Assert.Equal(6, await CountAsync(site, db => db.Revisions.CountAsync(r => r.Note == ContentFileVersions.UpdatedNote)));
        Assert.Equal(6, await CountAsync(site, db => db.AuditEntries.CountAsync(a => a.Actor == ContentFileVersions.ImportAuthor && a.Action == "updated")));
    }

    [Fact]
    public async Task Restarting_again_changes_nothing_even_when_the_folder_must_be_read_again()
    {
        StartOnce();

        var glossary = EditYaml("glossary.yml", 1, "definition", "Glossiquark correction.");
        int revisions;
        using (var site = new TestSite(_database, _content))
        {
            await AssertUpdatedFromFilesAsync<GlossaryTerm>(site, ContentKind.Glossary, db => db.GlossaryTerms, glossary);
            revisions = await CountAsync(site, db => db.Revisions.CountAsync());
        }

        // The same folder: the start skips it. A folder changed elsewhere (questions.yml): every item is compared, none differs.
        using (var same = new TestSite(_database, _content))
        {
            await using var scope = same.Services.CreateAsyncScope();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync());
        }

        File.AppendAllText(Path.Combine(_content, "questions.yml"), "\n# a comment that changes the folder's fingerprint\n");
        using var again = new TestSite(_database, _content);
        Assert.Equal(revisions, await CountAsync(again, db => db.Revisions.CountAsync()));
        Assert.Equal(0, await CountAsync(again, db => db.ContentImports.CountAsync(i => i.NewerSnapshot != null)));
    }

    [Fact]
    public async Task An_item_an_editor_changed_is_not_overwritten_and_editors_use_the_files_version_or_keep_theirs()
    {
        int urgentId, glossaryId;
        string glossary;
        using (var first = new TestSite(_database, _content))
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 2);
            urgentId = await first.IdOfAsync(db => db.UrgentHelp, UrgentHelp.MainSlug);
            glossaryId = await first.IdOfAsync(db => db.GlossaryTerms, glossary);
            await EditAsync<UrgentHelp, UrgentHelpForm>(first, urgentId, f => f.Note = "Our own closing line.");
            await EditAsync<GlossaryTerm, GlossaryForm>(first, glossaryId, f => f.Definition = "Our own definition.");
        }

        EditYaml("urgent-help.yml", 0, "note", "Urgiquark: the closing line from the files.");
        Assert.Equal(glossary, EditYaml("glossary.yml", 2, "definition", "Glossiquark correction."));

        using var site = new TestSite(_database, _content);
        using var editor = await SignInAsync(site);
        using var reader = site.CreateClient();

        // Not overwritten: the store and the public pages keep the editors' versions.
        Assert.Equal("Our own closing line.", await UrgentHelpAsync(site, u => u.Note));
        Assert.Contains("Our own definition.", await reader.GetStringAsync($"/glossary/{glossary}"), StringComparison.Ordinal);

        // The dashboard lists both under a clear heading, each linking to the side-by-side page.
        var dashboard = await HtmlForm.ParseAsync(await editor.GetAsync("/admin"));
        var links = NewerVersionLinks(dashboard);
        Assert.Equal(new[] { "/admin/content-files/glossary/" + glossary, "/admin/content-files/urgent-help/urgent-help" }, links.Order(StringComparer.Ordinal));

        // Side by side: ours and the files'.
        var urgentPage = await HtmlForm.ParseAsync(await editor.GetAsync("/admin/content-files/urgent-help/urgent-help"));
        var compared = urgentPage.QuerySelector("main")!.TextContent;
        Assert.Contains("Our own closing line.", compared, StringComparison.Ordinal);
        Assert.Contains("Urgiquark: the closing line from the files.", compared, StringComparison.Ordinal);
        var staleUse = Answer(urgentPage, "Use the files' version", "/admin/content-files/urgent-help/urgent-help");

        // A colleague changes our copy again: still listed, and the page shows the newest of ours.
        await EditAsync<UrgentHelp, UrgentHelpForm>(site, urgentId, f => f.Note = "Our closing line, changed again.");
        Assert.Contains("/admin/content-files/urgent-help/urgent-help", NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        var stale = await staleUse.Form.PostAsync(editor, staleUse.Action);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nothing was saved", (await HtmlForm.ParseAsync(stale)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        urgentPage = await HtmlForm.ParseAsync(await editor.GetAsync("/admin/content-files/urgent-help/urgent-help"));
        Assert.Contains("Our closing line, changed again.", urgentPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var use = Answer(urgentPage, "Use the files' version", "/admin/content-files/urgent-help/urgent-help");
        var used = await use.Form.PostAsync(editor, use.Action);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("Saved.", await editor.GetStringAsync(used.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.StartsWith("Urgiquark: the closing line from the files.", await UrgentHelpAsync(site, u => u.Note), StringComparison.Ordinal);
        var results = await HtmlForm.ParseAsync(await reader.GetAsync("/search?q=urgiquark"));
        Assert.Contains(results.QuerySelectorAll(".result a"), a => a.GetAttribute("href") == "/side-effects#urgent-help");
        var taken = await LatestRevisionAsync(site, ContentKind.UrgentHelp, urgentId);
        Assert.Equal((4, Editor, RevisionAction.Updated), (taken.Version, taken.Author, taken.Action));
        Assert.NotNull(taken.Note);
        Assert.Contains("Urgiquark: the closing line from the files.", taken.Snapshot, StringComparison.Ordinal);

        // The same post again (a second click, or a colleague's) is refused plainly.
        var repeated = await use.Form.PostAsync(editor, use.Action);
        Assert.Equal(HttpStatusCode.Conflict, repeated.StatusCode);
        Assert.Contains("Nothing was saved", await repeated.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Keep ours: the glossary term keeps the editors' text, the files' version is no longer offered, the audit log says who.
        var glossaryPage = await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/content-files/glossary/{glossary}"));
        Assert.Contains("Glossiquark correction.", glossaryPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var keep = Answer(glossaryPage, "Keep ours", $"/admin/content-files/glossary/{glossary}");
        Assert.Equal(HttpStatusCode.Redirect, (await keep.Form.PostAsync(editor, keep.Action)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await keep.Form.PostAsync(editor, keep.Action)).StatusCode);
        Assert.Contains("Our own definition.", await reader.GetStringAsync($"/glossary/{glossary}"), StringComparison.Ordinal);
        Assert.Empty(NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        Assert.Equal(1, await CountAsync(site, db => db.AuditEntries.CountAsync(a => a.Action == "keep-ours" && a.Actor == Editor)));
        Assert.Equal(2, await CountAsync(site, db => db.Revisions.CountAsync(r => r.Kind == ContentKind.Glossary && r.ContentId == glossaryId)));
    }

    [Fact]
    public async Task A_kept_version_is_not_offered_again_but_a_later_change_to_the_files_is()
    {
        int glossaryId;
        string glossary;
        using (var first = new TestSite(_database, _content))
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            glossaryId = await first.IdOfAsync(db => db.GlossaryTerms, glossary);
            await EditAsync<GlossaryTerm, GlossaryForm>(first, glossaryId, f => f.Definition = "Our own definition.");
        }

        EditYaml("glossary.yml", 0, "definition", "First correction.");
        using (var site = new TestSite(_database, _content))
        {
            using var editor = await SignInAsync(site);
            var page = await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/content-files/glossary/{glossary}"));
            var keep = Answer(page, "Keep ours", $"/admin/content-files/glossary/{glossary}");
            Assert.Equal(HttpStatusCode.Redirect, (await keep.Form.PostAsync(editor, keep.Action)).StatusCode);
        }

        File.AppendAllText(Path.Combine(_content, "questions.yml"), "\n# the folder changes, the kept term does not\n");
        using (var site = new TestSite(_database, _content))
        {
            Assert.Equal(0, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.NewerSnapshot != null)));
        }

        EditYaml("glossary.yml", 0, "definition", "Second correction.");
        using (var site = new TestSite(_database, _content))
        {
            using var editor = await SignInAsync(site);
            Assert.Equal(new[] { $"/admin/content-files/glossary/{glossary}" }, NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
            var text = (await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/content-files/glossary/{glossary}"))).QuerySelector("main")!.TextContent;
            Assert.Contains("Second correction.", text, StringComparison.Ordinal);
            Assert.Contains("Our own definition.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_store_imported_before_hashes_were_kept_updates_untouched_items_and_lists_edited_ones()
    {
        string edited, untouched;
        int revisions;
        using (var first = new TestSite(_database, _content))
        {
            edited = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            untouched = await SlugAtAsync(first, db => db.GlossaryTerms, 1);
            await EditAsync<GlossaryTerm, GlossaryForm>(first, await first.IdOfAsync(db => db.GlossaryTerms, edited), f => f.Definition = "Our own definition.");
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            await db.ContentImports.ExecuteUpdateAsync(i => i.SetProperty(x => x.Hash, (string?)null));
            revisions = await db.Revisions.CountAsync();
        }

        EditYaml("glossary.yml", 0, "definition", "Files correction of the edited term.");
        EditYaml("glossary.yml", 1, "definition", "Files correction of the untouched term.");

        using var site = new TestSite(_database, _content);
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

    [Fact]
    public async Task An_item_an_editor_deleted_stays_deleted_and_is_not_offered()
    {
        string glossary;
        using (var first = new TestSite(_database, _content))
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            var id = await first.IdOfAsync(db => db.GlossaryTerms, glossary);
            await using var scope = first.Services.CreateAsyncScope();
            Assert.Equal(SaveOutcome.Saved, await scope.ServiceProvider.GetRequiredService<ContentStore>().DeleteAsync<GlossaryTerm, GlossaryForm>(id, 1, Editor, default));
        }

        EditYaml("glossary.yml", 0, "definition", "A correction to a deleted term.");
        using var site = new TestSite(_database, _content);
        Assert.Equal(0, await CountAsync(site, db => db.GlossaryTerms.CountAsync(t => t.Slug == glossary)));
        using var editor = await SignInAsync(site);
        Assert.Empty(NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        var page = await editor.GetAsync($"/admin/content-files/glossary/{glossary}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("deleted", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_addresses_and_answers_get_a_clear_4xx()
    {
        string glossary;
        using (var first = new TestSite(_database, _content))
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            await EditAsync<GlossaryTerm, GlossaryForm>(first, await first.IdOfAsync(db => db.GlossaryTerms, glossary), f => f.Definition = "Our own definition.");
        }

        EditYaml("glossary.yml", 0, "definition", "Files correction.");
        using var site = new TestSite(_database, _content);
        var address = $"/admin/content-files/glossary/{glossary}";
        using (var anonymous = EditorSession.Client(site))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(address)).StatusCode); // to sign in
        }

        using var editor = await SignInAsync(site);
        foreach (var path in new[]
                 {
                     "/admin/content-files/nonsense/x", $"/admin/content-files/revision/{glossary}", "/admin/content-files/glossary/no-such-term",
                     $"/admin/content-files/article/{glossary}", "/admin/content-files/1/1", "/admin/content-files/glossary/" + new string('a', 300),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(path)).StatusCode);
        }

        foreach (var path in new[] { "/admin/content-files/glossary/%2E%2E%2F%2E%2E%2Fetc", "/admin/content-files/%3Cscript%3E/x" })
        {
            Assert.InRange((int)(await editor.GetAsync(path)).StatusCode, 400, 499);
        }

        var page = await HtmlForm.ParseAsync(await editor.GetAsync(address));
        var use = Answer(page, "Use the files' version", address);
        var keep = Answer(page, "Keep ours", address);
        var hash = use.Form["hash"]!;
        foreach (var (name, value) in new[] { ("version", "abc"), ("version", "-1"), ("version", "0"), ("version", "99999999999"), ("hash", "x"), ("hash", "'; DROP TABLE ContentImports; --"), ("hash", hash.ToUpperInvariant()) })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await Copy(use.Form).Set(name, value).PostAsync(editor, use.Action)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await Copy(keep.Form).Set(name, value).PostAsync(editor, keep.Action)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await Copy(use.Form).Remove("version").PostAsync(editor, use.Action)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Copy(keep.Form).Remove("__RequestVerificationToken").PostAsync(editor, keep.Action)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Copy(use.Form).Set("version", "7").PostAsync(editor, use.Action)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Copy(keep.Form).Set("hash", new string('0', 64)).PostAsync(editor, keep.Action)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Copy(keep.Form).PostAsync(editor, "/admin/content-files/nonsense/x?handler=KeepOurs")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Copy(keep.Form).PostAsync(editor, $"/admin/content-files/glossary/no-such-term?handler=KeepOurs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"{address}?done=%3Cscript%3E")).StatusCode);

        // Nothing refused changed the store: the files' version is still waiting, the editors' text still shown.
        Assert.Equal(1, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.NewerSnapshot != null)));
        Assert.Equal(HttpStatusCode.Redirect, (await keep.Form.PostAsync(editor, keep.Action)).StatusCode);
    }

    /// <summary>Starts the site on the store and the content copy (the first import), and stops it.</summary>
    private void StartOnce()
    {
        using var site = new TestSite(_database, _content);
        _ = site.Services; // the factory starts the site on first use
    }

    /// <summary>Checks the item has a new revision by the importer, noted "Updated from the content files", above the import.</summary>
    private static async Task AssertUpdatedFromFilesAsync<T>(TestSite site, ContentKind kind, Func<TherapyGuideDbContext, IQueryable<T>> set, string slug)
        where T : ContentItem
    {
        var id = await site.IdOfAsync(set, slug);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.Kind == kind && r.ContentId == id).OrderBy(r => r.Version).ToListAsync();
        Assert.Equal("1 2", string.Join(' ', revisions.Select(r => r.Version)));
        Assert.Equal((ContentFileVersions.ImportAuthor, RevisionAction.Updated, ContentFileVersions.UpdatedNote), (revisions[1].Author, revisions[1].Action, revisions[1].Note));
        Assert.Equal(2, await set(db).Where(x => x.Id == id).Select(x => x.Version).SingleAsync());
    }

    /// <summary>Changes one field of the n-th item of a content list file, as a content author would; returns the item's slug.</summary>
    private string EditYaml(string file, int index, string field, string prefix)
    {
        var path = Path.Combine(_content, file);
        var yaml = new YamlStream();
        using (var text = new StringReader(File.ReadAllText(path)))
        {
            yaml.Load(text);
        }

        var item = (YamlMappingNode)((YamlSequenceNode)yaml.Documents[0].RootNode).Children[index];
        var node = item;
        var names = field.Split('.');
        foreach (var name in names[..^1])
        {
            node = (YamlMappingNode)node.Children[new YamlScalarNode(name)];
        }

        var scalar = (YamlScalarNode)node.Children[new YamlScalarNode(names[^1])];
        scalar.Value = $"{prefix} {scalar.Value}";
        using (var writer = new StreamWriter(path))
        {
            yaml.Save(writer, assignAnchors: false);
        }

        return ((YamlScalarNode)item.Children[new YamlScalarNode("slug")]).Value!;
    }

    private string PublishedArticleFile() =>
        Directory.EnumerateFiles(Path.Combine(_content, "articles"), "*.md").Order(StringComparer.Ordinal)
            .First(f => !File.ReadAllText(f).Contains("\ndraft: true", StringComparison.Ordinal));

    /// <summary>The slug of the n-th glossary term as the file lists it (the store imported them in that order).</summary>
    private static async Task<string> SlugAtAsync<T>(TestSite site, Func<TherapyGuideDbContext, IQueryable<T>> set, int index)
        where T : ContentItem
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await set(scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>()).OrderBy(x => x.Id).Skip(index).Select(x => x.Slug).FirstAsync();
    }

    /// <summary>An editor's save, through the one save path, as the edit pages make it.</summary>
    private static async Task EditAsync<TEntity, TForm>(TestSite site, int id, Action<TForm> change)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var form = TForm.From(await db.Set<TEntity>().AsNoTracking().SingleAsync(x => x.Id == id));
        change(form);
        var result = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync<TEntity, TForm>(id, form, Editor, "An editor's change", default);
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
    }

    private static async Task<Revision> LatestRevisionAsync(TestSite site, ContentKind kind, int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.ContentId == id).OrderByDescending(r => r.Version).FirstAsync();
    }

    private static async Task<string> UrgentHelpAsync(TestSite site, System.Linq.Expressions.Expression<Func<UrgentHelp, string>> field)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().UrgentHelp.Select(field).SingleAsync();
    }

    private static async Task<int> CountAsync(TestSite site, Func<TherapyGuideDbContext, Task<int>> count)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>());
    }

    /// <summary>Signs the editor in through the real form; the account is made on the store's first sign-in only.</summary>
    private static async Task<HttpClient> SignInAsync(TestSite site)
    {
        await EditorSession.AddUserAsync(site, Editor, TherapyGuide.Web.Accounts.Roles.Editor, EditorSession.Password);
        var client = EditorSession.Client(site);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SubmitSignInAsync(client, Editor, EditorSession.Password)).StatusCode);
        return client;
    }

    /// <summary>The dashboard's links under "The content files have a newer version".</summary>
    private static List<string> NewerVersionLinks(IHtmlDocument dashboard)
    {
        var heading = dashboard.QuerySelectorAll("h2").Single(h => h.TextContent == "The content files have a newer version");
        return heading.ParentElement!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
    }

    /// <summary>The form holding the button with this text, and where that button posts (its formaction), as a browser reads them.</summary>
    private static (HtmlForm Form, string Action) Answer(IHtmlDocument page, string button, string address)
    {
        var submit = page.QuerySelectorAll("main button[type=submit]").Single(b => b.TextContent.Trim() == button);
        var form = HtmlForm.From((IHtmlFormElement)submit.Closest("form")!, address);
        var action = submit.GetAttribute("formaction");
        Assert.False(string.IsNullOrEmpty(action), $"The \"{button}\" button names where it posts.");
        return (form, action);
    }

    /// <summary>A copy of a form's fields, to change without touching the original.</summary>
    private static HtmlForm Copy(HtmlForm form)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            $"<main><form method=post action=\"{WebUtility.HtmlEncode(form.Action)}\">"
            + string.Concat(form.Fields.Select(f => $"<input type=hidden name=\"{WebUtility.HtmlEncode(f.Key)}\" value=\"{WebUtility.HtmlEncode(f.Value)}\">"))
            + "</form></main>");
        return HtmlForm.From(document, form.Action);
    }
}
