using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Pages;

/// <summary>A frightened reader finds what to do now near the top of the pages they land on, and editors keep it current.</summary>
public sealed class UrgentHelpTests(SharedSiteWithoutReview shared) : EditorAndReaderTest(shared, "urgent-editor@example.org"), IClassFixture<SharedSiteWithoutReview>
{
    public static TheoryData<string> PagesWithUrgentHelp() =>
        ["/", "/side-effects", "/articles/side-effects-compared", "/articles/what-treatment-is-like", "/articles/choosing-a-treatment", "/articles/car-t-autoimmune-risks-cost-and-research"];

    [Theory]
    [MemberData(nameof(PagesWithUrgentHelp))]
    public async Task Urgent_help_comes_before_the_pages_own_content(string address)
    {
        var page = await GetAsync(address);

        var help = page.QuerySelector("main .urgent-help");
        Assert.NotNull(help);
        // Nothing of the page's own content (its sections, the article's text) comes before it.
        var firstSection = page.QuerySelector("main section:not(.urgent-help) h2, main .prose, main .toc");
        Assert.NotNull(firstSection);
        Assert.True(help.CompareDocumentPosition(firstSection).HasFlag(DocumentPositions.Following), $"{address}: the urgent help is not above the content");
    }

    [Fact]
    public async Task Urgent_help_sends_breathing_trouble_and_collapse_to_emergency_services_and_a_fever_after_car_t_to_the_team_at_once()
    {
        var help = (await GetAsync("/")).QuerySelector(".urgent-help")!;

        var levels = help.QuerySelectorAll(".urgent-help__level");
        Assert.Equal(3, levels.Length);
        var emergency = levels[0];
        Assert.Contains("urgent-help__level--emergency", emergency.ClassList);
        Assert.Contains("999", emergency.QuerySelector(".urgent-help__action")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(emergency.QuerySelectorAll("li"), li => li.TextContent.Contains("breathe", StringComparison.Ordinal));
        Assert.Contains(emergency.QuerySelectorAll("li"), li => li.TextContent.Contains("collapsed", StringComparison.Ordinal));
        Assert.Contains(emergency.QuerySelectorAll("li"), li => li.TextContent.Contains("trouble speaking", StringComparison.Ordinal));
        var now = levels[1];
        Assert.Contains("24-hour", now.QuerySelector(".urgent-help__action")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(now.QuerySelectorAll("li"), li => li.TextContent.Contains("After CAR-T: a fever", StringComparison.Ordinal));
        // Each level's shape differs, so the levels are told apart without colour.
        Assert.Equal(3, levels.Select(l => l.QuerySelector("svg.urgency-icon > :first-child")!.LocalName).Distinct().Count());
    }

    [Fact]
    public async Task The_basics_article_does_without_it()
    {
        var page = await GetAsync("/articles/how-the-immune-system-fights-cancer");

        Assert.Null(page.QuerySelector(".urgent-help"));
    }

    [Fact]
    public async Task Side_effects_page_leads_with_what_readers_notice_each_linking_to_its_card()
    {
        var page = await GetAsync("/side-effects");

        var links = page.QuerySelectorAll(".signs__list a");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = link.GetAttribute("href")!;
            Assert.StartsWith("#", target, StringComparison.Ordinal);
            var card = page.GetElementById(target[1..]);
            Assert.NotNull(card);
            Assert.Contains("care-card", card.ClassList);
            // The list says the card's urgency in words too.
            var urgency = Enum.GetValues<Urgency>().Single(u => card.ClassList.Contains(ContentLabels.CssClass(u)));
            Assert.Equal(ContentLabels.ShortFor(urgency), link.QuerySelector(".signs__level")!.TextContent);
        }

        // The symptoms come before the cards.
        var firstCard = page.QuerySelector("article.care-card")!;
        Assert.True(links[0].CompareDocumentPosition(firstCard).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public async Task Every_card_starts_with_its_urgency_in_words_and_a_shape_and_the_key_matches_the_cards()
    {
        var page = await GetAsync("/side-effects");

        var cards = page.QuerySelectorAll("article.care-card");
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var first = card.QuerySelector(".care-card__heading")!.FirstElementChild!;
            Assert.Contains("care-card__level", first.ClassList);
            Assert.NotNull(first.QuerySelector("svg.urgency-icon[aria-hidden=true]"));
        }

        var key = page.QuerySelectorAll(".urgency-key .care-card");
        Assert.Equal(Enum.GetValues<Urgency>().Length, key.Length);
        var keyLevels = key.Select(k => (k.QuerySelector(".care-card__level")!.TextContent, k.ClassName, Shape(k))).ToHashSet();
        var cardLevels = cards.Select(c => (c.QuerySelector(".care-card__level")!.TextContent, c.ClassName, Shape(c))).ToHashSet();
        Assert.Subset(keyLevels, cardLevels);
        Assert.Equal(3, keyLevels.Select(k => k.Item3).Distinct().Count());
        Assert.DoesNotContain("coloured card", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);

        static string Shape(IElement element) => element.QuerySelector(".care-card__level svg > :first-child")!.LocalName;
    }

    [Fact]
    public async Task An_editor_changes_the_block_and_every_page_shows_it_at_the_next_request_with_history()
    {
        Assert.DoesNotContain("Your lips turn blue", await Reader.GetStringAsync("/"), StringComparison.Ordinal); // cached now
        Assert.DoesNotContain("Your lips turn blue", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);

        var listed = await Editor.GetAsync("/admin/urgent-help");
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        var address = listed.Headers.Location!.OriginalString;
        var form = await FormAsync(address);
        var signs = form["Form.EmergencySigns"] + "\nYour lips turn blue";
        var saved = await form.Set("Form.EmergencySigns", signs).Set("Note", "Added a sign").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Your lips turn blue", await Reader.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Your lips turn blue", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
        Assert.Contains("Your lips turn blue", await Reader.GetStringAsync("/articles/side-effects-compared"), StringComparison.Ordinal);
        var id = await Site.IdOfAsync(db => db.UrgentHelp, UrgentHelp.MainSlug);
        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/urgenthelp/{id}"));
        Assert.Equal(2, history.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public async Task The_block_cannot_be_deleted_and_cannot_lose_its_emergency_signs()
    {
        var id = await Site.IdOfAsync(db => db.UrgentHelp, UrgentHelp.MainSlug);

        Assert.Equal(HttpStatusCode.NotFound, (await Editor.GetAsync($"/admin/delete/urgenthelp/{id}")).StatusCode);
        var edit = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/urgent-help/edit/{id}"));
        Assert.DoesNotContain(edit.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/admin/delete", StringComparison.Ordinal));

        var emptied = await (await FormAsync($"/admin/urgent-help/edit/{id}")).Set("Form.EmergencySigns", "  \n ").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, emptied.StatusCode);
        Assert.Contains("at least one sign", (await HtmlForm.ParseAsync(emptied)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("You are struggling to breathe", await Reader.GetStringAsync("/"), StringComparison.Ordinal);

        // Its address is fixed (the pages find it by it), even when a post is tampered with.
        var moved = await (await FormAsync($"/admin/urgent-help/edit/{id}")).Set("Form.Slug", "somewhere-else").PostAsync(Editor);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("always", (await HtmlForm.ParseAsync(moved)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await GetAsync("/")).QuerySelector(".urgent-help"));
    }

    [Fact]
    public async Task Markup_typed_into_the_block_stays_text()
    {
        var id = await Site.IdOfAsync(db => db.UrgentHelp, UrgentHelp.MainSlug);
        var form = await FormAsync($"/admin/urgent-help/edit/{id}");
        await form.Set("Form.ContactNowSigns", form["Form.ContactNowSigns"] + "\n<script>alert(1)</script><img src=x onerror=alert(2)>")
            .Set("Form.Note", "<b onmouseover=alert(3)>x</b>")
            .PostAsync(Editor);

        var page = await GetAsync("/");
        var help = page.QuerySelector(".urgent-help")!;
        Assert.Empty(help.QuerySelectorAll("script, img, b"));
        Assert.Contains("<script>alert(1)</script>", help.TextContent, StringComparison.Ordinal);
    }

    private async Task<IHtmlDocument> GetAsync(string address)
    {
        var response = await Reader.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForm.ParseAsync(response);
    }

    private async Task<HtmlForm> FormAsync(string address)
    {
        var response = await Editor.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.From(await HtmlForm.ParseAsync(response), address, "form[method=post]:not(.signout)");
    }
}
