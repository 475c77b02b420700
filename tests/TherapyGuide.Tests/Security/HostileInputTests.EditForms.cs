using System.Net;
using System.Text.Json;

namespace TherapyGuide.Tests.Security;

// Hostile input to every edit form, the previews, and admin addresses and posts.
public sealed partial class HostileInputTests
{
    /// <summary>Each kind's edit page, its free-text fields, its other fields, and where readers see it.</summary>
    public static TheoryData<string, string, string, string, string> EditForms => new()
    {
        { "articles", "Articles", "Form.Title Form.Summary Form.Body Form.Sources Note", "Form.Slug Form.Topic Form.Order Form.Related Form.Status Form.LastReviewed Form.NextReviewDue Form.Version", "/articles/{0}" },
        { "comparison", "ComparisonAspects", "Form.Aspect Form.Immunotherapy Form.CarT Note", "Form.Slug Form.Order Form.Version", "/compare" },
        { "side-effects", "SideEffects", "Form.Name Form.Title Form.Signs Form.OtherWords Form.Symptoms Form.Timing Form.Management Note", "Form.Slug Form.Therapy Form.Urgency Form.Order Form.Version", "/side-effects" },
        { "glossary", "GlossaryTerms", "Form.Term Form.Definition Form.Aliases Note", "Form.Slug Form.Version", "/glossary/{0}" },
        { "urgent-help", "UrgentHelp", "Form.Title Form.Introduction Form.EmergencyAction Form.EmergencySigns Form.ContactNowAction Form.ContactNowSigns Form.NextContactAction Form.NextContactSigns Form.Note Note", "Form.Slug Form.Version", "/" },
        { "conditions", "Conditions", "Form.Name Form.Summary Form.ImmunotherapyNote Form.CarTNote Note", "Form.Slug Form.IllnessKind Form.ImmunotherapyStatus Form.CarTStatus Form.Order Form.Version", "/conditions" },
        { "questions", "QuestionGroups", "Form.Heading Form.Questions Note", "Form.Slug Form.Order Form.Version", "/questions" },
    };

    [Theory]
    [MemberData(nameof(EditForms))]
    public async Task Every_field_of_every_edit_form(string kind, string table, string textFields, string otherFields, string publicPath)
    {
        await StartAsync();
        var editPath = $"/admin/{kind}/edit/{await site.IdAsync(table)}";
        var form = await FormAsync(editPath);
        var accepted = 0;
        foreach (var payload in HostilePayloads.Text)
        {
            // Text an editor may type anywhere in the prose: saved if valid, and then shown to readers as text only.
            if (await PostAsync(site.Admin, editPath, With(form, payload, textFields.Split(' ')), $"{kind} text fields", payload))
            {
                accepted++;
                form = await FormAsync(editPath);
                await GetAsync(site.Reader, string.Format(System.Globalization.CultureInfo.InvariantCulture, publicPath, form["Form.Slug"]), $"{kind} public page after save", payload);
            }

            if (await PostAsync(site.Admin, editPath, With(form, payload, otherFields.Split(' ')), $"{kind} other fields", payload))
            {
                accepted++;
                form = await FormAsync(editPath);
            }
        }

        await PostAsync(site.Admin, $"/admin/{kind}/edit", With(form, "<script>alert(1)</script>", "Form.Slug"), $"{kind} new with a bad slug", "<script>");
        await RequestShapesAsync(site.Admin, editPath, form, kind);
        output.WriteLine($"{kind}: {accepted} hostile saves were valid content and were saved (then checked on the public page)");
        await FinishAsync($"{nameof(Every_field_of_every_edit_form)}({kind})");
    }

    [Fact]
    public async Task Article_preview_and_live_preview()
    {
        await StartAsync();
        var editPath = $"/admin/articles/edit/{await site.IdAsync("Articles")}";
        var form = await FormAsync(editPath);
        foreach (var payload in HostilePayloads.Text)
        {
            await PostAsync(site.Admin, editPath + "?handler=Preview", With(form, payload, "Form.Body", "Form.Title", "Form.Order"), "preview", payload);
            var live = await site.Admin.PostAsync(editPath + "?handler=LivePreview", Encode([new(Token, form[Token]!), new("body", payload)]));
            Count(live, "live preview", payload);
            if (live.StatusCode == HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
                foreach (var found in LiveMarkup.Find(json.RootElement.GetProperty("html").GetString() ?? ""))
                {
                    _problems.Add($"live preview: {found} from {Show(payload)}");
                }
            }
        }

        await RequestShapesAsync(site.Admin, editPath + "?handler=LivePreview", form, "live preview");
        await FinishAsync(nameof(Article_preview_and_live_preview));
    }

    [Fact]
    public async Task Bogus_ids_kinds_and_versions_in_admin_addresses()
    {
        await StartAsync();
        var article = await site.IdAsync("Articles");
        string[] addresses =
        [
            "/admin/articles/edit/{p}", "/admin/glossary/edit/{p}", "/admin/history/{p}/1", "/admin/history/articles/{p}",
            "/admin/delete/{p}/{p}", "/admin/delete/articles/{p}", $"/admin/history/articles/{article}?from={{p}}&to={{p}}",
            $"/admin/history/articles/{article}?restored={{p}}", $"/admin/articles/edit/{article}?saved={{p}}", "/admin/audit?page={p}",
            "/admin/users?{p}={p}", "/admin/signin?ReturnUrl={p}",
        ];
        foreach (var payload in HostilePayloads.Identifiers)
        {
            foreach (var address in addresses)
            {
                await GetAsync(site.Admin, address.Replace("{p}", HostilePayloads.Escape(payload), StringComparison.Ordinal), address, payload);
            }
        }

        await FinishAsync(nameof(Bogus_ids_kinds_and_versions_in_admin_addresses));
    }

    [Fact]
    public async Task Bogus_ids_and_versions_posted_to_delete_restore_move_and_accounts()
    {
        await StartAsync();
        var glossary = await site.IdAsync("GlossaryTerms", skip: 3);
        var deletePath = $"/admin/delete/glossary/{glossary}";
        var historyPath = $"/admin/history/glossary/{glossary}";
        var delete = await FormAsync(deletePath);
        var restore = await FormAsync(historyPath, "main form[method=post]");
        var move = await FormAsync("/admin/comparison", "main form[method=post]");
        var users = await FormAsync("/admin/users", "main form[method=post]");
        foreach (var payload in HostilePayloads.Identifiers)
        {
            await PostAsync(site.Admin, deletePath, With(delete, payload, "version"), "delete version", payload);
            await PostAsync(site.Admin, $"/admin/delete/{HostilePayloads.Escape(payload)}/{glossary}", With(delete, "1"), "delete kind", payload);
            await PostAsync(site.Admin, historyPath + "?handler=Restore", With(restore, payload, "revisionId"), "restore revision", payload);
            await PostAsync(site.Admin, $"/admin/history/{HostilePayloads.Escape(payload)}/{glossary}?handler=Restore", restore.Fields, "restore kind", payload);
            await PostAsync(site.Admin, "/admin/comparison?handler=Move", With(move, payload, "id", "version", "direction"), "move", payload);
            await PostAsync(site.Admin, "/admin/users?handler=Role", With(users, payload, "id", "role"), "account role", payload);
            await PostAsync(site.Admin, "/admin/users?handler=Lock", With(users, payload, "id", "locked"), "account lock", payload);
            await PostAsync(site.Admin, "/admin/users?handler=Remove", With(users, payload, "id"), "account remove", payload);
        }

        await RequestShapesAsync(site.Admin, deletePath, delete, "delete");
        await RequestShapesAsync(site.Admin, historyPath + "?handler=Restore", restore, "restore");
        await RequestShapesAsync(site.Admin, "/admin/comparison?handler=Move", move, "move");
        await RequestShapesAsync(site.Admin, "/admin/users?handler=Role", users, "account role");
        await FinishAsync(nameof(Bogus_ids_and_versions_posted_to_delete_restore_move_and_accounts));
    }
}
