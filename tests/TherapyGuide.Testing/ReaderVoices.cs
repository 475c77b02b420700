using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Testing;

/// <summary>Readers' forms and the moderation buttons, used as a browser would: the page's real forms, posted.</summary>
public static class ReaderVoices
{
    public const string ArticleSlug = "car-t-for-autoimmune-diseases";

    public static string ArticleAddress => $"/articles/{ArticleSlug}";

    /// <summary>Answers "Was this page helpful?" with the form at the end of <paramref name="address"/>.</summary>
    public static async Task<HttpResponseMessage> SendFeedbackAsync(HttpClient client, string address, string? helpful, string? comment = null, string? honeypot = null)
    {
        var page = await HtmlForm.ParseAsync(await client.GetAsync(address));
        var form = HtmlForm.From(page, address, "form[action='/feedback']");
        if (helpful is not null)
        {
            form.Set("Helpful", helpful);
        }

        return await form.Set("Comment", comment ?? "").Set("Website", honeypot ?? "").PostAsync(client);
    }

    /// <summary>Shares an experience with the form at the end of the article.</summary>
    public static async Task<HttpResponseMessage> ShareAsync(HttpClient client, string name, string text, string? honeypot = null, string slug = ArticleSlug)
    {
        var address = $"/articles/{slug}";
        var page = await HtmlForm.ParseAsync(await client.GetAsync(address));
        return await HtmlForm.From(page, address, "form[action$='/share']")
            .Set("DisplayName", name).Set("Text", text).Set("Website", honeypot ?? "")
            .PostAsync(client);
    }

    /// <summary>Presses an editor's button (Approve, Reject, Hide, Show again, Delete) on one experience in /admin/experiences.</summary>
    public static async Task<HttpResponseMessage> ModerateAsync(HttpClient editor, int id, string button)
    {
        foreach (var status in Enum.GetNames<ExperienceStatus>())
        {
            var address = $"/admin/experiences?status={status}";
            var page = await HtmlForm.ParseAsync(await editor.GetAsync(address));
            var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f =>
                f.QuerySelector("input[name=id]")?.GetAttribute("value") == id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && f.QuerySelector("button")?.TextContent.StartsWith(button, StringComparison.Ordinal) == true);
            if (form is not null)
            {
                return await HtmlForm.From(form, address).PostAsync(editor);
            }
        }

        throw new InvalidOperationException($"No '{button}' button for experience {id}.");
    }

    public static async Task<SharedExperience?> ExperienceAsync(TestSite site, string textContains)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        return await db.SharedExperiences.AsNoTracking().FirstOrDefaultAsync(e => e.Text.Contains(textContains));
    }

    public static async Task<T> InStoreAsync<T>(TestSite site, Func<TherapyGuideDbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>());
    }
}
