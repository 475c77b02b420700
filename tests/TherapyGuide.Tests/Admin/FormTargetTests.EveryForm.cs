using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TherapyGuide.Tests.Admin;

// Every post form on every page, crawled, says where each button posts.
public sealed partial class FormTargetTests
{
    /// <summary>
    /// Walks every page an admin and a reader can reach by links (one page of each address shape), and the pages
    /// that posts return, and fails on any post form with a submit button that does not say where it posts.
    /// </summary>
    [Fact]
    public async Task Every_post_form_on_every_page_says_where_each_of_its_buttons_posts()
    {
        // Something in each moderation queue, so that their buttons are on the pages.
        await ReaderVoices.ShareAsync(_reader, "Forms Tester", "An experience to moderate, marker ft1");
        await ReaderVoices.SendFeedbackAsync(_reader, "/compare", "no", "A comment to delete, marker ft2");

        var pages = new List<(string Address, IHtmlDocument Page)>();
        await CrawlAsync(_admin, ["/admin", "/admin/experiences?status=Approved", "/", "/print", "/articles/car-t-for-autoimmune-diseases/share"], pages);
        using (var anonymous = EditorSession.Client(_site))
        {
            pages.Add(("/admin/signin", await PageAsync(anonymous, "/admin/signin")));
            var failed = await EditorSession.SubmitSignInAsync(anonymous, "nobody@example.org", "wrong password");
            pages.Add(("/admin/signin (refused)", await HtmlForm.ParseAsync(failed)));
        }

        var editAddress = $"/admin/articles/edit/{await _site.IdOfAsync(db => db.Articles, "choosing-a-treatment")}";
        var edit = HtmlForm.From(await PageAsync(_admin, editAddress), editAddress, EditorForm);
        pages.Add(("article preview", await HtmlForm.ParseAsync(await edit.PressAsync(_admin, "Preview"))));
        const string Erase = "/admin/experiences/erase";
        var find = HtmlForm.From(await PageAsync(_admin, Erase), Erase, "main form.find-form").Set("Name", "Forms Tester");
        pages.Add(("erase, found", await HtmlForm.ParseAsync(await find.PressAsync(_admin, "Find"))));

        var problems = new List<string>();
        var forms = 0;
        foreach (var (address, page) in pages)
        {
            foreach (var form in page.QuerySelectorAll("form").OfType<IHtmlFormElement>().Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)))
            {
                forms++;
                var hasAction = !string.IsNullOrWhiteSpace(form.GetAttribute("action"));
                var buttons = form.Elements.Where(IsSubmitButton).ToList();
                if (buttons.Count == 0)
                {
                    problems.Add($"{address}: a post form has no submit button");
                }

                problems.AddRange(buttons
                    .Where(b => !hasAction && string.IsNullOrWhiteSpace(b.GetAttribute("formaction")))
                    .Select(b => $"{address}: “{b.TextContent.Trim()}” posts to whatever the address bar says (no form action, no formaction)"));
            }
        }

        output.WriteLine($"{pages.Count} pages, {forms} post forms checked.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var visited = pages.Select(p => p.Address).ToList();
        Assert.True(pages.Count > 40, $"Only {pages.Count} pages were checked: {string.Join(", ", visited)}");
        foreach (var expected in new[] { "/admin/articles/edit/#", "/admin/comparison/edit/#", "/admin/side-effects/edit/#", "/admin/glossary/edit/#",
            "/admin/conditions/edit/#", "/admin/delete/article/#", "/admin/history/glossary/#", "/admin/backup", "/admin/users", "/admin/feedback",
            "/admin/experiences", "/admin/experiences/erase", "/admin/comparison", "/articles/car-t-for-autoimmune-diseases" })
        {
            Assert.Contains(expected, visited.Select(Shape));
        }

        Assert.True(forms > 30, $"Only {forms} post forms were found.");
    }

    private static bool IsSubmitButton(IElement element) =>
        element is IHtmlButtonElement { Type: "submit" } or IHtmlInputElement { Type: "submit" or "image" };

    /// <summary>Follows same-site links from <paramref name="starts"/>, visiting one address of each shape (numbers alike).</summary>
    private static async Task CrawlAsync(HttpClient client, string[] starts, List<(string, IHtmlDocument)> pages)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts);
        foreach (var start in starts)
        {
            seen.Add(Shape(start));
        }

        while (queue.TryDequeue(out var address))
        {
            var response = await client.GetAsync(address);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await HtmlForm.ParseAsync(response);
            pages.Add((address, page));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
                    && !href.StartsWith("/admin/signout", StringComparison.OrdinalIgnoreCase)
                    && !Path.HasExtension(href.Split('?')[0])
                    && seen.Add(Shape(href)))
                {
                    queue.Enqueue(href);
                }
            }
        }
    }

    /// <summary>An address with its numbers replaced: /admin/history/article/3 and /admin/history/article/7 are one shape.</summary>
    private static string Shape(string address) => Digits().Replace(address, "#");

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
