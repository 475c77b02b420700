using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Tests.Content;

/// <summary>The committed content is complete and consistent, so a new store always starts whole.</summary>
public sealed class ContentFolderTests
{
    private readonly ContentFolder _folder = new(RepositoryPaths.Content, new MarkdownRenderer());

    [Fact]
    public void Articles_cover_both_source_documents_with_their_metadata()
    {
        var articles = _folder.LoadArticles();

        Assert.True(articles.Count >= 2);
        Assert.Contains(articles, a => a.Topic == ArticleTopic.Autoimmune);
        Assert.Contains(articles, a => a.Topic == ArticleTopic.Cancer);
        Assert.All(articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Summary));
            Assert.NotEmpty(a.Sources);
            Assert.True(a.NextReviewDue > a.LastReviewed, $"{a.Slug}: next review must come after the last");
            Assert.True(a.TableOfContents.Count >= 2, $"{a.Slug} should have sections");
            Assert.DoesNotContain("<h1", a.BodyHtml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Related_articles_and_internal_links_point_at_real_pages()
    {
        var articles = _folder.LoadArticles();
        var slugs = articles.Select(a => a.Slug).ToHashSet();
        string[] pages = ["/compare", "/side-effects", "/conditions", "/glossary", "/articles", "/"];

        foreach (var article in articles)
        {
            Assert.All(article.RelatedSlugs, related => Assert.Contains(related, slugs));
            var links = System.Text.RegularExpressions.Regex.Matches(article.BodyHtml, "href=\"(/[^\"#]*)");
            Assert.All(links, link =>
            {
                var target = link.Groups[1].Value;
                Assert.True(
                    pages.Contains(target) || (target.StartsWith("/articles/", StringComparison.Ordinal) && slugs.Contains(target["/articles/".Length..])),
                    $"{article.Slug} links to {target}, which does not exist");
            });
        }
    }

    [Fact]
    public void Structured_content_meets_the_minimums()
    {
        Assert.True(_folder.LoadComparison().Count >= 9);
        Assert.True(_folder.LoadGlossary().Count >= 25);

        var effects = _folder.LoadSideEffects();
        Assert.Contains(effects, e => e.Slug == "cytokine-release-syndrome" && e.Urgency == Urgency.Emergency && e.Therapy == Therapy.CarT);
        Assert.Contains(effects, e => e.Therapy == Therapy.Immunotherapy);
        Assert.All(Enum.GetValues<Urgency>(), level => Assert.Contains(effects, e => e.Urgency == level));

        var conditions = _folder.LoadConditions();
        string[] autoimmune = ["multiple-sclerosis", "lupus", "myasthenia-gravis", "vasculitis", "graves-disease"];
        Assert.All(autoimmune, slug => Assert.Contains(conditions, c => c.Slug == slug && c.CarTStatus == TreatmentStatus.ClinicalTrials));
        Assert.Contains(conditions, c => c.Kind == ConditionKind.Cancer && c.CarTStatus == TreatmentStatus.AfterOtherTreatments);
    }

    [Fact]
    public void Slugs_are_unique_lowercase_words_joined_by_hyphens()
    {
        IEnumerable<ContentItem>[] kinds =
        [
            _folder.LoadArticles(), _folder.LoadComparison(), _folder.LoadSideEffects(), _folder.LoadGlossary(), _folder.LoadConditions(),
        ];

        foreach (var items in kinds)
        {
            var slugs = items.Select(i => i.Slug).ToList();
            Assert.Equal(slugs.Count, slugs.Distinct().Count());
            Assert.All(slugs, slug => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug));
        }
    }

    [Fact]
    public void A_malformed_file_is_reported_with_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("tg-content-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
            File.WriteAllText(Path.Combine(folder.FullName, "articles", "broken.md"), "no front matter here");
            File.WriteAllText(Path.Combine(folder.FullName, "side-effects.yml"), "- slug: x\n  name: X\n  therapy: magic\n");
            var broken = new ContentFolder(folder.FullName, new MarkdownRenderer());

            var articleError = Assert.Throws<InvalidDataException>(() => broken.LoadArticles());
            Assert.Contains("broken.md", articleError.Message, StringComparison.Ordinal);
            var effectError = Assert.Throws<InvalidDataException>(() => broken.LoadSideEffects());
            Assert.Contains("side-effects.yml", effectError.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
