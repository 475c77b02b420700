using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Tests.Data;

// Hostile addresses and answers to the newer-version pages.
public sealed partial class ContentFileUpdateTests
{
    [Fact]
    public async Task Hostile_addresses_and_answers_get_a_clear_4xx()
    {
        string glossary;
        using (var first = _files.StartSite())
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            await first.EditAsync<GlossaryTerm, GlossaryForm>(await first.IdOfAsync(db => db.GlossaryTerms, glossary), f => f.Definition = "Our own definition.");
        }

        EditYaml("glossary.yml", 0, "definition", "Files correction.");
        using var site = _files.StartSite();
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
