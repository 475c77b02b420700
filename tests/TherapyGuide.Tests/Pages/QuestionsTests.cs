using System.Net;
using AngleSharp.Html.Dom;

namespace TherapyGuide.Tests.Pages;

/// <summary>
/// The questions checklist (/questions) is content editors keep in /admin like any other kind: every change reaches the
/// printable page at the next request, drafts stay out of it, history can bring a group back, and nothing typed runs.
/// </summary>
public sealed class QuestionsTests(SharedSiteWithoutReview shared) : EditorAndReaderTest(shared, "questions-editor@example.org"), IClassFixture<SharedSiteWithoutReview>
{
    private const string Added = "Quokkaline: can I drive myself home after treatment?";

    [Fact]
    public async Task The_checklist_shows_the_seeded_groups_in_the_files_order_then_room_for_the_readers_own()
    {
        var page = await GetAsync("/questions");

        var headings = page.QuerySelectorAll("main .question-group h2").Select(h => h.Id).ToList();
        Assert.Equal(
            ["about-the-treatment", "what-to-expect", "side-effects", "hospital-and-recovery", "daily-life-and-family", "clinical-trials", "cost-and-access", "own-questions"],
            headings);
        var side = page.GetElementById("side-effects")!.ParentElement!;
        Assert.Contains(side.QuerySelectorAll(".checklist__question"), q => q.TextContent == "What number do I call, day or night?");
        Assert.Equal(["2026-11-23", "2027-05-23"], page.QuerySelectorAll(".site-footer__meta time").Select(t => t.GetAttribute("datetime")));
    }

    [Fact]
    public async Task An_editor_adds_a_question_and_the_checklist_and_print_pack_show_it_at_the_next_request_then_history_restores_the_group()
    {
        Assert.DoesNotContain(Added, await Reader.GetStringAsync("/questions"), StringComparison.Ordinal); // cached now
        Assert.DoesNotContain(Added, await Reader.GetStringAsync("/print?pages=questions"), StringComparison.Ordinal);
        var id = await Site.IdOfAsync(db => db.QuestionGroups, "side-effects");
        var address = $"/admin/questions/edit/{id}";
        var form = await FormAsync(address);

        var saved = await form.Set("Form.Questions", form["Form.Questions"] + "\n" + Added).Set("Note", "A question readers asked for").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await GetAsync("/questions");
        var group = page.GetElementById("side-effects")!.ParentElement!;
        Assert.Equal(Added, group.QuerySelectorAll(".checklist__question")[^1].TextContent);
        Assert.Contains(Added, await Reader.GetStringAsync("/print?pages=questions"), StringComparison.Ordinal);
        var results = await GetAsync("/search?q=quokkaline");
        Assert.Contains(results.QuerySelectorAll(".result a"), a => a.GetAttribute("href") == "/questions#side-effects");

        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/questiongroup/{id}"));
        var rows = history.QuerySelectorAll("table tbody tr");
        Assert.Equal(2, rows.Length); // the import, then this save
        Assert.Contains("A question readers asked for", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(Added, history.QuerySelector(".diff ins")!.TextContent, StringComparison.Ordinal);
        var first = history.QuerySelectorAll("form.inline-form").Cast<IHtmlFormElement>().Last();
        var revision = first.QuerySelector("input[name=revisionId]")!.GetAttribute("value");
        var restored = await HtmlForm.From(history, $"/admin/history/questiongroup/{id}", $"form.inline-form:has(input[value='{revision}'])")
            .PostAsync(Editor, $"/admin/history/questiongroup/{id}?handler=Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.DoesNotContain(Added, await Reader.GetStringAsync("/questions"), StringComparison.Ordinal);
        Assert.DoesNotContain(Added, await Reader.GetStringAsync("/print?pages=questions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_stays_off_the_checklist_until_it_is_published()
    {
        var id = await Site.IdOfAsync(db => db.QuestionGroups, "cost-and-access");
        var address = $"/admin/questions/edit/{id}";
        var form = await FormAsync(address);

        var kept = await form.Set("Form.Questions", form["Form.Questions"] + "\n" + Added).PressAsync(Editor, "Save draft");

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.DoesNotContain(Added, await Reader.GetStringAsync("/questions"), StringComparison.Ordinal);
        var page = await HtmlForm.ParseAsync(await Editor.GetAsync(address));
        Assert.Contains(Added, HtmlForm.From(page, address, "main form[novalidate]")["Form.Questions"], StringComparison.Ordinal);
        var publish = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().Single(f => f.Action.Contains("PublishDraft", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(publish, address).PostAsync(Editor)).StatusCode);
        Assert.Contains(Added, await Reader.GetStringAsync("/questions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_typed_into_a_group_stays_text()
    {
        var id = await Site.IdOfAsync(db => db.QuestionGroups, "what-to-expect");
        var form = await FormAsync($"/admin/questions/edit/{id}");

        var saved = await form.Set("Form.Heading", "<script>alert(1)</script>Expect")
            .Set("Form.Questions", form["Form.Questions"] + "\n<img src=x onerror=alert(2)><b onmouseover=alert(3)>bold?</b>")
            .PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        foreach (var address in new[] { "/questions", "/print?pages=questions" })
        {
            var main = (await GetAsync(address)).QuerySelector("main")!;
            Assert.Empty(main.QuerySelectorAll(".question-group script, .question-group img, .question-group b"));
            Assert.Contains("<script>alert(1)</script>Expect", main.TextContent, StringComparison.Ordinal);
            Assert.Contains("<img src=x onerror=alert(2)><b onmouseover=alert(3)>bold?</b>", main.TextContent, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "Form.Questions", " \n  \n", "List at least one question." },
        { "Form.Questions", "Can I drive?\nWhat should I eat?\ncan I drive?", "“Can I drive?” is listed 2 times. Keep it once." },
        { "Form.Questions", "Short one?\n" + new string('x', 301), "Question 2 is 301 characters long. Keep each question to 300 characters or fewer." },
        { "Form.Questions", string.Join('\n', Enumerable.Range(1, 31).Select(n => $"Question number {n}?")), "There are 31 questions. Keep a group to 30 or fewer" },
        { "Form.Questions", new string('x', 20_000), "There is too much text here" },
        { "Form.Heading", "", "Enter the group's heading" },
        { "Form.Heading", new string('h', 161), "Keep the heading under 160 characters." },
        { "Form.Slug", "own-questions", "The address “own-questions” is taken by another part of the questions page." },
        { "Form.Slug", "Not A Slug", "Use only lowercase letters" },
        { "Form.Order", "-1", "Enter a whole number from 0 to 10,000." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_input_is_refused_with_a_plain_message_and_the_checklist_is_unchanged(string field, string value, string message)
    {
        var before = await Reader.GetStringAsync("/questions");
        var id = await Site.IdOfAsync(db => db.QuestionGroups, "clinical-trials");
        var address = $"/admin/questions/edit/{id}";

        var refused = await (await FormAsync(address)).Set(field, value).PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await Reader.GetStringAsync("/questions"));
    }

    [Fact]
    public async Task A_post_too_big_for_any_form_is_refused_without_a_server_error()
    {
        var id = await Site.IdOfAsync(db => db.QuestionGroups, "clinical-trials");
        var address = $"/admin/questions/edit/{id}";

        var refused = await (await FormAsync(address)).Set("Form.Questions", new string('q', 600_000)).PostAsync(Editor);

        Assert.InRange((int)refused.StatusCode, 400, 499);
        Assert.DoesNotContain(new string('q', 1_000), await Reader.GetStringAsync("/questions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_group_goes_at_the_end_of_the_page_and_leaves_it_when_deleted()
    {
        var list = await GetAsync("/admin/questions", Editor);
        Assert.Equal(7, list.QuerySelectorAll("main table tbody tr").Length);
        Assert.NotNull(list.QuerySelector("nav a[href='/admin/questions'][aria-current=page]"));
        var form = await FormAsync("/admin/questions/edit");
        Assert.Equal("8", form["Form.Order"]);

        var created = await form.Set("Form.Heading", "Before I go home")
            .Set("Form.Slug", "going-home")
            .Set("Form.Questions", "Who do I call if I feel unwell at night?\nWhen is my next check?")
            .PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var ids = (await GetAsync("/questions")).QuerySelectorAll("main .question-group h2").Select(h => h.Id).ToList();
        Assert.Equal(["going-home", "own-questions"], ids[^2..]);
        var id = await Site.IdOfAsync(db => db.QuestionGroups, "going-home");
        var confirm = await GetAsync($"/admin/delete/questiongroup/{id}", Editor);
        var deleted = await HtmlForm.From(confirm, $"/admin/delete/questiongroup/{id}").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null((await GetAsync("/questions")).GetElementById("going-home"));
    }

    [Fact]
    public async Task With_every_group_deleted_the_checklist_still_prints_with_room_for_the_readers_own_questions()
    {
        foreach (var slug in new[] { "about-the-treatment", "what-to-expect", "side-effects", "hospital-and-recovery", "daily-life-and-family", "clinical-trials", "cost-and-access" })
        {
            var id = await Site.IdOfAsync(db => db.QuestionGroups, slug);
            var confirm = await GetAsync($"/admin/delete/questiongroup/{id}", Editor);
            Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(confirm, $"/admin/delete/questiongroup/{id}").PostAsync(Editor)).StatusCode);
        }

        foreach (var address in new[] { "/questions", "/print?pages=questions" })
        {
            var page = await GetAsync(address);
            var groups = page.QuerySelectorAll("main .question-group");
            var own = Assert.Single(groups);
            Assert.Contains("My own questions", own.TextContent, StringComparison.Ordinal);
        }

        Assert.Empty((await GetAsync("/admin/questions", Editor)).QuerySelectorAll("main table tbody tr"));
    }

    [Fact]
    public async Task A_group_past_its_review_date_is_on_the_dashboard_and_its_dates_on_the_checklist()
    {
        var id = await Site.IdOfAsync(db => db.QuestionGroups, "clinical-trials");
        var address = $"/admin/questions/edit/{id}";

        var saved = await (await FormAsync(address)).Set("Form.LastReviewed", "2025-01-02").Set("Form.NextReviewDue", "2025-07-03").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var due = (await GetAsync("/admin", Editor)).QuerySelector("section[aria-labelledby=review-heading]")!;
        var row = due.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='{address}']") is not null);
        Assert.Equal("Question group: Could a clinical trial suit me?", row.QuerySelector("a")!.TextContent);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2025-01-02", "2025-07-03"], (await GetAsync("/questions")).QuerySelectorAll(".site-footer__meta time").Select(t => t.GetAttribute("datetime")));
    }

    private async Task<IHtmlDocument> GetAsync(string address, HttpClient? client = null)
    {
        var response = await (client ?? Reader).GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForm.ParseAsync(response);
    }

    private async Task<HtmlForm> FormAsync(string address)
    {
        var response = await Editor.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.From(await HtmlForm.ParseAsync(response), address, "main form[novalidate]");
    }
}
