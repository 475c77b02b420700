using System.Net;
using Microsoft.EntityFrameworkCore;

namespace TherapyGuide.Tests.Pages;

/// <summary>The readers' forms' rate limit, at its default of 5 per 10 minutes per address for each form.</summary>
public sealed class ReaderFormsRateLimitTests
{
    [Fact]
    public async Task A_scripted_flood_stores_five_answers_and_is_then_answered_429_with_a_kind_page()
    {
        using var site = new TestSite();
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/compare"));
        var form = HtmlForm.From(page, "/compare", "form[action='/feedback']").Set("Helpful", "no").Set("Comment", "flood");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await form.PostAsync(client)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(5, await ReaderVoices.InStoreAsync(site, db => db.PageFeedback.CountAsync()));
        var limited = await form.PostAsync(client);
        var body = await limited.Content.ReadAsStringAsync();
        Assert.Contains("Too many requests", body, StringComparison.Ordinal);
        Assert.Contains("please wait a few minutes", body, StringComparison.OrdinalIgnoreCase);
        Assert.False(limited.Headers.Contains("Set-Cookie"));

        // Reading is never limited, and the other form keeps its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compare")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.ShareAsync(client, "Ann", "My story")).StatusCode);
    }

    [Fact]
    public async Task A_honeypot_flood_stores_nothing()
    {
        using var site = new TestSite { Settings = { ["TherapyGuide:RateLimits:ReaderFormsPerWindow"] = "1000" } };
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.ShareAsync(client, $"Bot {i}", "Cheap pills http://spam.example", honeypot: "http://spam.example")).StatusCode);
        }

        Assert.Equal(0, await ReaderVoices.InStoreAsync(site, db => db.SharedExperiences.CountAsync()));
    }
}
