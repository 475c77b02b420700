using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TherapyGuide.Testing;

/// <summary>
/// A form as a browser would submit it: every field's current value (antiforgery token included),
/// with some fields changed, posted to the form's action or to a button's formaction.
/// </summary>
public sealed class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlForm(string action, List<KeyValuePair<string, string>> fields, List<SubmitButton> buttons)
    {
        Action = action;
        _fields = fields;
        Buttons = buttons;
    }

    /// <summary>Where the form posts: its action, or (as a browser does without one) the address of the page it is on.</summary>
    public string Action { get; set; }

    /// <summary>The form's submit buttons, in order, with where each one posts.</summary>
    public IReadOnlyList<SubmitButton> Buttons { get; }

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
        var buttons = new List<SubmitButton>();
        var action = form.GetAttribute("action");
        var formAction = string.IsNullOrEmpty(action) ? pageAddress : Resolve(pageAddress, action);
        foreach (var element in form.Elements)
        {
            if (element is IHtmlButtonElement { Type: "submit" } or IHtmlInputElement { Type: "submit" })
            {
                var target = element.GetAttribute("formaction");
                buttons.Add(new SubmitButton(
                    element is IHtmlInputElement submit ? submit.Value : element.TextContent.Trim(),
                    string.IsNullOrEmpty(target) ? formAction : Resolve(pageAddress, target),
                    element.GetAttribute("name"),
                    element.GetAttribute("value") ?? ""));
            }

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

        return new HtmlForm(formAction, fields, buttons);
    }

    /// <summary>The button whose text starts with <paramref name="text"/> (visually hidden words may follow).</summary>
    public SubmitButton Button(string text) =>
        Buttons.FirstOrDefault(b => b.Text.StartsWith(text, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No submit button '{text}' in the form; it has: {string.Join(", ", Buttons.Select(b => b.Text))}.");

    /// <summary>Presses a submit button as a browser would: posts to its formaction (else the form's action), with its own name and value.</summary>
    public Task<HttpResponseMessage> PressAsync(HttpClient client, string buttonText)
    {
        ArgumentNullException.ThrowIfNull(client);
        var button = Button(buttonText);
        var fields = string.IsNullOrEmpty(button.Name) ? _fields : [.. _fields, new(button.Name, button.Value)];
        return client.PostAsync(button.Action, new FormUrlEncodedContent(fields));
    }

    /// <summary>A relative action resolved against the page's address, as a browser would, as a path and query.</summary>
    private static string Resolve(string pageAddress, string target) =>
        target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal)
            ? target
            : new Uri(new Uri(new Uri("http://localhost/"), pageAddress), target).PathAndQuery;

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

    /// <summary>Adds one more value of a field, as ticking one more box does.</summary>
    public HtmlForm Add(string name, string value)
    {
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

    /// <summary>A submit button: its text, where pressing it posts, and the name and value it adds.</summary>
    public sealed record SubmitButton(string Text, string Action, string? Name, string Value);
}
