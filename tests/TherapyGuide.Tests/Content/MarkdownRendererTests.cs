using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Headings_get_anchors_and_make_the_table_of_contents()
    {
        var rendered = _renderer.Render("## What is CAR-T?\n\nText.\n\n### How is it given?\n\nMore.\n\n#### Too deep\n");

        Assert.Contains("<h2 id=\"what-is-car-t\">What is CAR-T?</h2>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(
            [new TocEntry(2, "what-is-car-t", "What is CAR-T?"), new TocEntry(3, "how-is-it-given", "How is it given?")],
            rendered.Headings);
    }

    [Fact]
    public void A_first_level_heading_in_the_body_becomes_a_section_heading_so_the_page_keeps_one_h1()
    {
        var rendered = _renderer.Render("# Big heading\n\nText.");

        Assert.DoesNotContain("<h1", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"big-heading\">", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_links_lists_and_emphasis_render()
    {
        var rendered = _renderer.Render("See [the comparison](/compare) and [NIH](https://clinicaltrials.gov).\n\n- one\n- **two**");

        Assert.Contains("<a href=\"/compare\">the comparison</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://clinicaltrials.gov\">NIH</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>two</strong></li>", rendered.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string payload)
    {
        var rendered = _renderer.Render($"Hello {payload} world");

        Assert.Empty(LiveMarkup.Find(rendered.Html));
        Assert.Contains("&lt;", rendered.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JavaScript:alert(1))", "click")]
    [InlineData("[click]( javascript:alert(1))", "click")]
    [InlineData("[click](java&#115;cript:alert(1))", "click")]
    [InlineData("[click](vbscript:msgbox(1))", "click")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "click")]
    [InlineData("[click](//evil.example/x)", "click")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)", "click")]
    [InlineData("<javascript:alert(1)>", "alert")]
    [InlineData("![x](javascript:alert(1))", "")]
    public void Unsafe_links_keep_their_words_but_lose_their_address(string markdown, string words)
    {
        var rendered = _renderer.Render(markdown);

        Assert.Empty(LiveMarkup.Find(rendered.Html));
        Assert.Contains(words, rendered.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/x", true)]
    [InlineData("#section", true)]
    [InlineData("compare", true)]
    [InlineData("https://example.org", true)]
    [InlineData("mailto:team@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("//evil.example", false)]
    [InlineData("", false)]
    public void Safe_urls_are_relative_or_http_https_mailto(string url, bool safe) =>
        Assert.Equal(safe, MarkdownRenderer.IsSafeUrl(url));

    [Fact]
    public void Plain_text_and_word_count_leave_out_the_markup()
    {
        var rendered = _renderer.Render("## Heading\n\nSome *bold* words [here](/x).");

        Assert.Equal(5, rendered.WordCount);
        Assert.DoesNotContain("*", rendered.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_wider_than_the_limit_is_refused_before_rendering_even_when_only_a_body_row_is_wide()
    {
        var wideRow = "| " + string.Join(" | ", Enumerable.Range(0, 30).Select(i => $"c{i}")) + " |";

        var rendered = _renderer.Render($"Intro.\n\n| a | b |\n|---|---|\n{wideRow}\n");

        Assert.Equal("A table can have at most 20 columns; this one has 30. Split it into smaller tables, or use a list.", rendered.Refusal);
        Assert.Equal(rendered.Refusal, MarkdownRenderer.TableProblem($"| a | b |\n|---|---|\n{wideRow}\n"));
        Assert.DoesNotContain("<table", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("c29", rendered.Html, StringComparison.Ordinal);
        Assert.Null(_renderer.Render("| a | b |\n|---|---|\n| 1 | 2 |\n").Refusal);
    }
}
