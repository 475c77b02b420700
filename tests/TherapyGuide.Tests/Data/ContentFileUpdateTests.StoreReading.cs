using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;
using YamlDotNet.RepresentationModel;

namespace TherapyGuide.Tests.Data;

// Reading and changing the store and the content files for these tests.
public sealed partial class ContentFileUpdateTests
{
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
        var path = Path.Combine(_files.Content, file);
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
        Directory.EnumerateFiles(Path.Combine(_files.Content, "articles"), "*.md").Order(StringComparer.Ordinal)
            .First(f => !File.ReadAllText(f).Contains("\ndraft: true", StringComparison.Ordinal));

    /// <summary>The slug of the n-th glossary term as the file lists it (the store imported them in that order).</summary>
    private static async Task<string> SlugAtAsync<T>(TestSite site, Func<TherapyGuideDbContext, IQueryable<T>> set, int index)
        where T : ContentItem
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await set(scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>()).OrderBy(x => x.Id).Skip(index).Select(x => x.Slug).FirstAsync();
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
}
