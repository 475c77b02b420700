using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

// Printed type size and where the comparison picture prints.
public sealed partial class PaperTests
{
    [Theory]
    [InlineData("/articles/immunotherapy-and-car-t-compared", "main .prose p")]
    [InlineData("/compare", "table.compare td")]
    [InlineData("/conditions", "table td")]
    public async Task Printed_text_and_tables_are_12_point(string address, string selector)
    {
        var page = await NewPageAsync("en-GB");
        await page.GotoAsync(address);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var size = await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");

        Assert.Equal("16px", size); // 12 pt at 96 pixels to the inch
    }

    [Fact]
    public async Task The_comparison_picture_prints_above_the_table_never_inside_it()
    {
        var page = await NewPageAsync("en-GB");
        await page.GotoAsync("/compare");
        await page.SetViewportSizeAsync(688, 1000); // A4's printable width
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var edges = await page.EvaluateAsync<double[]>(
            "() => [document.querySelector('main > .picture').getBoundingClientRect().bottom, document.querySelector('table.compare').getBoundingClientRect().top]");

        Assert.True(edges[0] <= edges[1], $"the picture ends at {edges[0]}px, below the table's top at {edges[1]}px");
        Assert.Equal("none", await page.Locator("main > .picture").EvaluateAsync<string>("e => getComputedStyle(e).float"));
    }
}
