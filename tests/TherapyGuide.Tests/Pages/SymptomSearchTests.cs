using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Pages;

/// <summary>
/// What a frightened reader types leads to what to do. The store's side effects carry signs and other words here, as
/// editors write them (data/content gains its own separately); the urgent-help block is the seeded one.
/// </summary>
public sealed class SymptomSearchTests(SymptomSearchTests.Site site) : IClassFixture<SymptomSearchTests.Site>
{
    private const string Crs = "/side-effects#cytokine-release-syndrome";
    private const string Brain = "/side-effects#brain-and-nerve-effects";
    private const string Cough = "/side-effects#cough-or-breathing-changes";
    private const string UrgentHelp = "/side-effects#urgent-help";

    public sealed class Site : IAsyncLifetime, IDisposable
    {
        private static readonly Dictionary<string, (string Title, string[] Signs, string[] OtherWords)> _words = new()
        {
            ["cytokine-release-syndrome"] = (
                "Fever or trouble breathing after CAR-T",
                ["A high temperature (fever)", "Feeling hot and shivery", "Short of breath or struggling to breathe", "Feeling dizzy or faint"],
                ["shivering", "shivers", "chills", "rigors", "breathless", "temperature", "999", "911"]),
            ["brain-and-nerve-effects"] = (
                "Confusion or trouble speaking after CAR-T",
                ["New confusion", "Trouble speaking or finding words", "Very sleepy or hard to wake"],
                ["confused", "muddled", "drowsy", "fits", "999", "911"]),
            ["cough-or-breathing-changes"] = (
                "A new cough or feeling short of breath during immunotherapy",
                ["A new cough", "Feeling short of breath"],
                ["breathless", "wheezy"]),
        };

        public TestSite App { get; } = new();

        public async Task InitializeAsync()
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            foreach (var effect in await db.SideEffects.Where(s => _words.Keys.Contains(s.Slug)).ToListAsync())
            {
                (effect.Title, var signs, var otherWords) = _words[effect.Slug];
                effect.Signs = [.. signs];
                effect.OtherWords = [.. otherWords];
            }

            await db.SaveChangesAsync();
            var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
            foreach (var effect in await db.SideEffects.AsNoTracking().ToListAsync())
            {
                await index.UpdateAsync(effect, CancellationToken.None);
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => App.Dispose();
    }

    [Theory]
    [InlineData("fever", new[] { Crs, UrgentHelp })]
    [InlineData("Fever", new[] { Crs, UrgentHelp })]
    [InlineData("temperature", new[] { Crs, UrgentHelp })]
    [InlineData("high temperature", new[] { Crs, UrgentHelp })]
    [InlineData("short of breath", new[] { Crs, Cough, UrgentHelp })]
    [InlineData("breathless", new[] { Crs, Cough, UrgentHelp })]
    [InlineData("can't breathe", new[] { Crs, UrgentHelp })]
    [InlineData("I can’t breathe", new[] { Crs, UrgentHelp })]
    [InlineData("hot and shivery", new[] { Crs, UrgentHelp })]
    [InlineData("I feel hot and shivery", new[] { Crs, UrgentHelp })]
    [InlineData("shivering", new[] { Crs, UrgentHelp })]
    [InlineData("999", new[] { Crs, Brain, UrgentHelp })]
    [InlineData("911", new[] { Crs, Brain, UrgentHelp })]
    [InlineData("confused", new[] { Brain, UrgentHelp })]
    public async Task Symptom_words_put_the_card_or_the_urgent_help_first(string query, string[] first)
    {
        var results = await ResultsAsync(query);

        Assert.NotEmpty(results);
        Assert.Contains(results[0], first);
    }

    [Theory]
    [InlineData("fever", Crs)]
    [InlineData("short of breath", Crs)]
    [InlineData("breathless", Crs)]
    [InlineData("hot and shivery", Crs)]
    [InlineData("shivering", Crs)]
    [InlineData("temperature", Crs)]
    [InlineData("can't breathe", Crs)]
    [InlineData("confused", Brain)]
    public async Task The_right_card_is_among_the_first_three(string query, string card)
    {
        Assert.Contains(card, (await ResultsAsync(query)).Take(3));
    }

    [Fact]
    public async Task A_side_effect_result_says_how_urgent_and_what_to_do_in_full_before_its_snippet()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=fever"));

        var result = page.QuerySelectorAll(".result").First(r => r.QuerySelector(".result__title a")!.GetAttribute("href") == Crs);
        var advice = result.QuerySelector(".result__advice")!;
        Assert.Contains("result__advice--emergency", advice.ClassList);
        Assert.Equal(ContentLabels.For(Urgency.Emergency), advice.QuerySelector(".result__level")!.TextContent);
        Assert.NotNull(advice.QuerySelector(".result__level svg.urgency-icon[aria-hidden=true]"));
        // The whole instruction, not a snippet of it, and before the snippet.
        Assert.Equal(ContentLabels.AdviceFor(Urgency.Emergency), advice.QuerySelector(".result__action")!.TextContent);
        var children = result.Children.ToList();
        Assert.True(children.IndexOf(advice) < children.IndexOf(result.QuerySelector(".result__snippet")!));
        Assert.NotEmpty(result.QuerySelectorAll(".result__snippet mark"));
    }

    [Fact]
    public async Task Every_side_effect_and_urgent_help_result_has_advice_and_no_other_result_does()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=car+t"));

        foreach (var result in page.QuerySelectorAll(".result"))
        {
            var kind = result.QuerySelector(".result__kind")!.TextContent;
            var hasAdvice = result.QuerySelector(".result__advice .result__action") is { TextContent.Length: > 0 };
            Assert.Equal(kind is "Side effect" or "Urgent help", hasAdvice);
        }
    }

    [Theory]
    [InlineData("can't breathe", Urgency.Emergency)]
    [InlineData("999", Urgency.Emergency)]
    [InlineData("hot and shivery", Urgency.ContactNow)]
    [InlineData("tiredness", Urgency.NextContact)]
    public async Task The_urgent_help_result_shows_the_action_for_the_level_whose_signs_match(string query, Urgency level)
    {
        using var client = site.App.CreateClient();
        await using var scope = site.App.Services.CreateAsyncScope();
        var help = await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().UrgentHelp.AsNoTracking().SingleAsync();
        var action = level switch
        {
            Urgency.Emergency => help.EmergencyAction,
            Urgency.ContactNow => help.ContactNowAction,
            _ => help.NextContactAction,
        };

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=" + Uri.EscapeDataString(query)));

        var result = page.QuerySelectorAll(".result").First(r => r.QuerySelector(".result__title a")!.GetAttribute("href") == UrgentHelp);
        Assert.Equal(action, result.QuerySelector(".result__action")!.TextContent);
        Assert.Contains(ContentLabels.For(level), result.QuerySelector(".result__level")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Urgent_help_with_no_matching_sign_shows_the_emergency_action()
    {
        var help = new UrgentHelp
        {
            Slug = "urgent-help",
            Title = "Get help now",
            EmergencyAction = "Call 999",
            EmergencySigns = ["Struggling to breathe"],
            ContactNowAction = "Call the ward",
            ContactNowSigns = ["A fever"],
            NextContactAction = "Tell us next time",
            NextContactSigns = ["Tiredness"],
        };

        Assert.Equal(new SearchAdvice(Urgency.Emergency, "Call 999"), SiteSearch.UrgentHelpAdvice(help, ["999"]));
        Assert.Equal(new SearchAdvice(Urgency.ContactNow, "Call the ward"), SiteSearch.UrgentHelpAdvice(help, ["fevers"]));
        Assert.Equal(new SearchAdvice(Urgency.Emergency, "Call 999"), SiteSearch.UrgentHelpAdvice(help, ["breathing"]));
    }

    private async Task<List<string>> ResultsAsync(string query)
    {
        using var client = site.App.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=" + Uri.EscapeDataString(query)));
        return page.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList();
    }
}
