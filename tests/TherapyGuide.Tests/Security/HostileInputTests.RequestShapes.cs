using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TherapyGuide.Tests.Security;

// Each payload sent in every shape a request can carry it.
public sealed partial class HostileInputTests
{
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
