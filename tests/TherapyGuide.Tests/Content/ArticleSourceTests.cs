using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Tests.Content;

/// <summary>The editors' one-line source format: publisher and date added, lines saved before them still read the same.</summary>
public sealed class ArticleSourceTests
{
    [Fact]
    public void A_line_saved_before_publisher_and_date_existed_reads_as_before()
    {
        var source = Assert.Single(ArticleForm.ParseSources("Patient guide | Source document 1: side effects | https://example.org/guide"));

        Assert.Equal("Patient guide", source.Title);
        Assert.Equal("Source document 1: side effects", source.Note);
        Assert.Equal("https://example.org/guide", source.Url);
        Assert.Null(source.Publisher);
        Assert.Null(source.Date);
    }

    [Fact]
    public void Publisher_and_date_are_read_in_any_order_and_survive_a_round_trip_through_the_form()
    {
        var source = Assert.Single(ArticleForm.ParseSources(
            "Immunotherapy vs CAR-T | date: No date given; we read it in November 2026 | Which cancers | Publisher: Cancer Care newsletter"));

        Assert.Equal("Cancer Care newsletter", source.Publisher);
        Assert.Equal("No date given; we read it in November 2026", source.Date);
        Assert.Equal("Which cancers", source.Note);
        Assert.Null(source.Url);

        var article = new Article { Slug = "a", Title = "A", Summary = "S", BodyMarkdown = "", BodyHtml = "", Sources = [source] };
        var again = Assert.Single(ArticleForm.ParseSources(ArticleForm.From(article).Sources));
        Assert.Equivalent(source, again);
    }
}
