using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>
/// <c>&lt;heading level="2"&gt;</c> becomes <c>&lt;h2&gt;</c>: sections shared by a page and the printable pack
/// keep their headings in order in both places.
/// </summary>
[HtmlTargetElement("heading")]
public sealed class HeadingTagHelper : TagHelper
{
    public int Level { get; set; } = 2;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = $"h{Math.Clamp(Level, 1, 6)}";
        output.TagMode = TagMode.StartTagAndEndTag;
    }
}
