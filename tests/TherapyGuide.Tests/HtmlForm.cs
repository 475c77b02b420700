using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TherapyGuide.Tests;

/// <summary>
/// A form as a browser would submit it: every field's current value (antiforgery token included),
/// with some fields changed, posted to the form's action or to a button's formaction.
/// </summary>
public sealed class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; set; }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Reads the first form matching <paramref name="selector"/> on the page.</summary>
    public static HtmlForm From(IHtmlDocument page, string pageAddress, string selector = "main form[method=post]")
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{selector}' on {pageAddress}.");
        return From(form, pageAddress);
    }

    /// <summary>Reads a form already found on the page.</summary>
    public static HtmlForm From(IHtmlFormElement form, string pageAddress)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                default:
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new HtmlForm(string.IsNullOrEmpty(action) ? pageAddress : action, fields);
    }

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Every field as it would be sent, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>Replaces every value of a field (or adds it).</summary>
    public HtmlForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string? action = null) =>
        client.PostAsync(action ?? Action, new FormUrlEncodedContent(_fields));
}
