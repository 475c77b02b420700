using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>
/// A shape for each level of urgency (triangle, circle, square), so urgency survives black-and-white print and colour
/// blindness. The words beside it carry the meaning; screen readers skip the shape. Written without surrounding
/// whitespace, so the level's text reads exactly as its label.
/// </summary>
public static class UrgencyIcon
{
    private const string Open = """<svg class="urgency-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">""";

    private static readonly HtmlString _emergency = new(Open + """<path d="M12 1.5 23.5 22H.5Z" fill="currentColor"/><path d="M12 9v6M12 18v.5" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/></svg>""");

    private static readonly HtmlString _contactNow = new(Open + """<circle cx="12" cy="12" r="11" fill="currentColor"/><path d="M12 6.5v7M12 17v.5" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/></svg>""");

    private static readonly HtmlString _nextContact = new(Open + """<rect x="1.5" y="1.5" width="21" height="21" rx="2" fill="currentColor"/><path d="M12 11v6.5M12 6.5v.5" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/></svg>""");

    /// <summary>The three shapes' markup, exactly as pages carry it (tests tell them from injected markup).</summary>
    public static IReadOnlyList<string> Markup { get; } = [_emergency.Value!, _contactNow.Value!, _nextContact.Value!];

    public static IHtmlContent UrgencyShape(this IHtmlHelper html, Urgency urgency) => urgency switch
    {
        Urgency.Emergency => _emergency,
        Urgency.ContactNow => _contactNow,
        _ => _nextContact,
    };
}
