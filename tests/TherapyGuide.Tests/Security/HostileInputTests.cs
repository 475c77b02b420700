using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace TherapyGuide.Tests.Security;

/// <summary>
/// Hostile input at every public and admin input: each answer is a deliberate 4xx or a normal page, never a 500;
/// nothing sent comes back as live markup; and nothing refused changes the store.
/// </summary>
public sealed class HostileInputTests(HostileInputSite site, ITestOutputHelper output) : IClassFixture<HostileInputSite>
{
    private const string Token = "__RequestVerificationToken";

    /// <summary>Each kind's edit page, its free-text fields, its other fields, and where readers see it.</summary>
    public static TheoryData<string, string, string, string, string> EditForms => new()
    {
        { "articles", "Articles", "Form.Title Form.Summary Form.Body Form.Sources Note", "Form.Slug Form.Topic Form.Order Form.Related Form.Status Form.LastReviewed Form.NextReviewDue Form.Version", "/articles/{0}" },
        { "comparison", "ComparisonAspects", "Form.Aspect Form.Immunotherapy Form.CarT Note", "Form.Slug Form.Order Form.Version", "/compare" },
        { "side-effects", "SideEffects", "Form.Name Form.Title Form.Signs Form.OtherWords Form.Symptoms Form.Timing Form.Management Note", "Form.Slug Form.Therapy Form.Urgency Form.Order Form.Version", "/side-effects" },
        { "glossary", "GlossaryTerms", "Form.Term Form.Definition Form.Aliases Note", "Form.Slug Form.Version", "/glossary/{0}" },
        { "urgent-help", "UrgentHelp", "Form.Title Form.Introduction Form.EmergencyAction Form.EmergencySigns Form.ContactNowAction Form.ContactNowSigns Form.NextContactAction Form.NextContactSigns Form.Note Note", "Form.Slug Form.Version", "/" },
        { "conditions", "Conditions", "Form.Name Form.Summary Form.ImmunotherapyNote Form.CarTNote Note", "Form.Slug Form.IllnessKind Form.ImmunotherapyStatus Form.CarTStatus Form.Order Form.Version", "/conditions" },
    };

    private readonly List<string> _problems = [];
    private string _hash = "";
    private int _sent;

    [Fact]
    public void The_suite_has_at_least_200_distinct_payloads()
    {
        var distinct = HostilePayloads.Text.Distinct(StringComparer.Ordinal).Count();
        output.WriteLine($"{distinct} distinct text payloads, {HostilePayloads.InvalidUtf8.Count} invalid UTF-8 byte sequences");
        Assert.True(distinct >= 200, $"only {distinct} payloads");
        // The check itself sees what it is looking for.
        Assert.NotEmpty(LiveMarkup.FindInPage("<p><img src=x onerror=alert(1)></p>"));
        Assert.NotEmpty(LiveMarkup.FindInPage("<script>alert(1)</script>"));
        Assert.NotEmpty(LiveMarkup.FindInPage("<a href=\" javascript:alert(1)\">x</a>"));
        Assert.NotEmpty(LiveMarkup.FindInPage("<script type=\"application/ld+json\">{\"a\":1}</script><script>x</script>"));
    }

    [Fact]
    public async Task Search_words_and_page_numbers()
    {
        await StartAsync();
        foreach (var payload in HostilePayloads.Text)
        {
            await GetAsync(site.Reader, "/search?q=" + HostilePayloads.Escape(payload), "search q", payload);
        }

        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            await GetAsync(site.Reader, "/search?q=" + HostilePayloads.Escape(bytes), "search q (invalid UTF-8)", Convert.ToHexString(bytes));
            await GetAsync(site.Reader, "/search?q=lupus&page=" + HostilePayloads.Escape(bytes), "search page (invalid UTF-8)", Convert.ToHexString(bytes));
        }

        foreach (var payload in HostilePayloads.Identifiers)
        {
            await GetAsync(site.Reader, "/search?q=lupus&page=" + HostilePayloads.Escape(payload), "search page", payload);
        }

        await GetAsync(site.Reader, "/search?q=lupus&q=%3Cscript%3E&page=1&page=2", "search duplicated", "q twice");
        await FinishAsync(nameof(Search_words_and_page_numbers));
    }

    [Fact]
    public async Task Article_and_glossary_addresses()
    {
        await StartAsync();
        foreach (var payload in HostilePayloads.Paths)
        {
            foreach (var prefix in new[] { "/articles/", "/glossary/" })
            {
                await GetAsync(site.Reader, prefix + HostilePayloads.Escape(payload), prefix + "{escaped}", payload);
                // As typed: traversal and already-encoded slashes reach the server as they are.
                if (payload.All(c => c is > ' ' and < '\u007f' and not '#' and not '?'))
                {
                    await GetAsync(site.Reader, prefix + payload, prefix + "{raw}", payload);
                }
            }
        }

        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            await GetAsync(site.Reader, "/articles/" + HostilePayloads.Escape(bytes), "article (invalid UTF-8)", Convert.ToHexString(bytes));
            await GetAsync(site.Reader, "/glossary/" + HostilePayloads.Escape(bytes), "glossary (invalid UTF-8)", Convert.ToHexString(bytes));
        }

        await FinishAsync(nameof(Article_and_glossary_addresses));
    }

    [Fact]
    public async Task Print_pack_page_lists_and_query_strings_on_every_public_page()
    {
        await StartAsync();
        string[] pages = ["/", "/articles", "/compare", "/side-effects", "/conditions", "/glossary", "/questions", "/feed.xml", "/sitemap.xml", "/robots.txt", "/healthz", "/error/404"];
        foreach (var payload in HostilePayloads.Text)
        {
            var escaped = HostilePayloads.Escape(payload);
            await GetAsync(site.Reader, "/print?pages=" + escaped, "print pages", payload);
            await GetAsync(site.Reader, $"/print?pages=compare&pages={escaped}&pages=compare", "print pages (mixed)", payload);
            foreach (var page in pages)
            {
                await GetAsync(site.Reader, $"{page}?{escaped}={escaped}&page={escaped}", page + "?{query}", payload);
            }
        }

        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            await GetAsync(site.Reader, "/print?pages=" + HostilePayloads.Escape(bytes), "print (invalid UTF-8)", Convert.ToHexString(bytes));
        }

        await FinishAsync(nameof(Print_pack_page_lists_and_query_strings_on_every_public_page));
    }

    [Fact]
    public async Task Sign_in_form()
    {
        await StartAsync();
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await site.Reader.GetAsync("/admin/signin")), "/admin/signin");
        foreach (var payload in HostilePayloads.Text)
        {
            await PostAsync(site.Reader, "/admin/signin", With(form, payload, "Email", "Password"), "sign-in", payload);
            await PostAsync(site.Reader, "/admin/signin?ReturnUrl=" + HostilePayloads.Escape(payload), With(form, payload, "Email"), "sign-in ReturnUrl", payload);
        }

        await RequestShapesAsync(site.Reader, "/admin/signin", form, "sign-in");
        await FinishAsync(nameof(Sign_in_form));
    }

    [Fact]
    public async Task Password_forms_and_reset_links()
    {
        await StartAsync();
        var account = await FormAsync("/admin/account");
        // A reset form only shows for a working link: its fields are posted as the page would send them.
        var token = HtmlForm.From(await HtmlForm.ParseAsync(await site.Reader.GetAsync("/admin/signin")), "/admin/signin")[Token]!;
        var users = await FormAsync("/admin/users", "main form[method=post]");
        foreach (var payload in HostilePayloads.Text)
        {
            // Never the admin's real password, so nothing here can change it.
            await PostAsync(site.Admin, "/admin/account", With(account, payload, "CurrentPassword", "Form.NewPassword", "Form.ConfirmPassword"), "password change", payload);
            await PostAsync(site.Admin, "/admin/account", With(account, payload, "Form.NewPassword"), "password change, new only", payload);
            var escaped = HostilePayloads.Escape(payload);
            await GetAsync(site.Reader, $"/admin/reset-password?id={escaped}&token={escaped}", "reset link", payload);
            await PostAsync(
                site.Reader,
                "/admin/reset-password",
                [new(Token, token), new("Id", payload), new("Token", payload), new("Form.NewPassword", payload), new("Form.ConfirmPassword", payload)],
                "reset form",
                payload);
        }

        foreach (var payload in HostilePayloads.Identifiers)
        {
            await PostAsync(site.Admin, "/admin/users?handler=Reset", With(users, payload, "id"), "account reset", payload);
        }

        await RequestShapesAsync(site.Admin, "/admin/account", account, "password change");
        await RequestShapesAsync(site.Admin, "/admin/users?handler=Reset", users, "account reset");
        Assert.Equal(HttpStatusCode.OK, (await site.Admin.GetAsync("/admin")).StatusCode);
        await FinishAsync(nameof(Password_forms_and_reset_links));
    }

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

    /// <summary>Wrong content types, oversized bodies, missing and duplicated fields, invalid UTF-8, no token.</summary>
    private async Task RequestShapesAsync(HttpClient client, string address, HtmlForm form, string input)
    {
        var fields = form.Fields.ToList();
        var token = form[Token] ?? "";
        var formText = Encoding.ASCII.GetString(await Encode(fields).ReadAsByteArrayAsync());
        var shapes = new List<(string Name, Func<HttpContent> Content)>
        {
            ("no token", () => Encode(fields.Where(f => f.Key != Token))),
            ("token twice", () => Encode([.. fields, new(Token, "bogus")])),
            ("only the token", () => Encode([new(Token, token)])),
            ("every field twice", () => Encode([.. fields, .. fields.Where(f => f.Key != Token).Select(f => new KeyValuePair<string, string>(f.Key, "<script>alert(1)</script>"))])),
            ("empty body", () => Raw([], "application/x-www-form-urlencoded")),
            ("text/plain", () => Raw(Encoding.UTF8.GetBytes(formText), "text/plain")),
            ("application/json", () => Raw(JsonSerializer.SerializeToUtf8Bytes(fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value)), "application/json")),
            ("application/xml", () => Raw(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), "application/xml")),
            ("no content type", () => Raw(Encoding.UTF8.GetBytes(formText), null)),
            ("charset utf-7", () => Raw(Encoding.UTF8.GetBytes(formText), "application/x-www-form-urlencoded; charset=utf-7")),
            ("multipart without boundary", () => Raw(Encoding.UTF8.GetBytes(formText), "multipart/form-data")),
            ("multipart with a file", () =>
            {
                var multipart = new MultipartFormDataContent();
                foreach (var field in fields)
                {
                    multipart.Add(new StringContent(field.Value), field.Key);
                }

                multipart.Add(new ByteArrayContent(new byte[200_000]), "file", "../../evil.exe");
                return multipart;
            }),
            ("2 MB body", () => Encode([.. fields, new("padding", new string('a', 2_000_000))])),
            ("600,000-character value", () => Encode([.. fields, new("Form.Body", new string('a', 600_000))])),
            ("1,000 fields", () => Encode([.. fields, .. Enumerable.Range(0, 1_000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"))])),
            ("1,000-character field name", () => Encode([.. fields, new(new string('k', 1_000), "x")])),
            ("collection index far away", () => Encode([.. fields, new("Form.Related[2147483647]", "x"), new("Form.Related.index", "2147483647")])),
        };
        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            shapes.Add(($"invalid UTF-8 {Convert.ToHexString(bytes)}", () => Raw(
                [.. Encoding.ASCII.GetBytes(string.Join('&', fields.Where(f => f.Key == Token).Select(f => $"{f.Key}={HostilePayloads.Escape(f.Value)}"))),
                 .. string.Join('&', fields.Where(f => f.Key != Token).Select(f => f.Key)).Split('&').SelectMany(key => (byte[])[(byte)'&', .. Encoding.ASCII.GetBytes(key), (byte)'=', .. bytes])],
                "application/x-www-form-urlencoded")));
        }

        foreach (var (name, content) in shapes)
        {
            await PostAsync(client, address, content(), $"{input} {name}", name);
        }

        // A post-only address asked with GET, PUT and DELETE.
        await GetAsync(client, address, $"{input} GET", "GET");
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            using var request = new HttpRequestMessage(method, address) { Content = Encode(fields) };
            Count(await client.SendAsync(request), $"{input} {method}", method.Method);
        }
    }

    private async Task StartAsync() => _hash = await site.ContentHashAsync();

    private async Task FinishAsync(string name)
    {
        Assert.Equal(_hash, await site.ContentHashAsync()); // reads never change anything, and every refusal was checked
        output.WriteLine($"{name}: {_sent} hostile requests, {_problems.Count} problems; whole suite so far: {site.Tried} requests, {site.ServerErrors} answered 5xx");
        Assert.True(_problems.Count == 0, string.Join('\n', _problems.Take(30)));
    }

    private async Task<HtmlForm> FormAsync(string address, string selector = "main form[method=post]")
    {
        var response = await site.Admin.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.From(await HtmlForm.ParseAsync(response), address, selector);
    }

    private async Task GetAsync(HttpClient client, string address, string input, string payload)
    {
        if (address.Contains("%00", StringComparison.Ordinal) && address.Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            return; // the test host cannot carry a NUL in a path; Kestrel answers such a request line 400 itself
        }

        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        await CheckAsync(response, input, payload);
    }

    /// <summary>Posts and checks; returns whether the post was accepted (redirected on success), the only way the store may change.</summary>
    private async Task<bool> PostAsync(HttpClient client, string address, IEnumerable<KeyValuePair<string, string>> fields, string input, string payload) =>
        await PostAsync(client, address, Encode(fields), input, payload);

    private async Task<bool> PostAsync(HttpClient client, string address, HttpContent content, string input, string payload)
    {
        using (content)
        {
            if (address.Split('?')[0].Contains("%00", StringComparison.Ordinal))
            {
                return false; // as above: never reaches the site
            }

            var response = await client.PostAsync(new Uri(address, UriKind.Relative), content);
            await CheckAsync(response, input, payload);
            var location = response.Headers.Location?.OriginalString ?? "";
            var accepted = (int)response.StatusCode is 301 or 302 or 303 && !location.Contains("/admin/signin", StringComparison.OrdinalIgnoreCase);
            var hash = await site.ContentHashAsync();
            if (!accepted && hash != _hash)
            {
                _problems.Add($"{input}: refused ({(int)response.StatusCode}) but the store changed, from {Show(payload)}");
            }

            _hash = hash;
            return accepted;
        }
    }

    private async Task CheckAsync(HttpResponseMessage response, string input, string payload)
    {
        Count(response, input, payload);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            foreach (var found in LiveMarkup.FindInPage(await response.Content.ReadAsStringAsync()))
            {
                _problems.Add($"{input}: {found} in the answer to {Show(payload)}");
            }
        }
    }

    private void Count(HttpResponseMessage response, string input, string payload)
    {
        _sent++;
        site.Counted(response);
        if ((int)response.StatusCode >= 500)
        {
            _problems.Add($"{input}: {(int)response.StatusCode} for {Show(payload)}");
        }
    }

    private static List<KeyValuePair<string, string>> With(HtmlForm form, string payload, params string[] names)
    {
        var fields = form.Fields.Where(f => !names.Contains(f.Key)).ToList();
        fields.AddRange(names.Select(name => new KeyValuePair<string, string>(name, payload)));
        return fields;
    }

    /// <summary>Form-encoded as a browser would, lone surrogates included (as the replacement bytes an encoder sends).</summary>
    private static ByteArrayContent Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        Raw(Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => $"{HostilePayloads.Escape(f.Key)}={HostilePayloads.Escape(f.Value)}"))), "application/x-www-form-urlencoded");

    private static ByteArrayContent Raw(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    private static string Show(string payload)
    {
        var shown = new string(payload.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '·' : c).ToArray());
        return $"«{shown}»{(payload.Length > 60 ? $" ({payload.Length} chars)" : "")}";
    }
}
