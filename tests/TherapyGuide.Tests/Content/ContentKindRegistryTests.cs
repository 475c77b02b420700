using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Tests.Content;

/// <summary>
/// The registry is the one place a kind is described: every kind has a whole descriptor, no two kinds share an address,
/// import name or search number, and the spellings that are stored or published never change.
/// </summary>
public sealed class ContentKindRegistryTests
{
    public static TheoryData<ContentKind> Kinds => new(Enum.GetValues<ContentKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_descriptor_with_every_part_filled(ContentKind kind)
    {
        var descriptor = ContentKindRegistry.For(kind);

        Assert.Equal(kind, descriptor.Kind);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Label));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.SearchLabel));
        Assert.Matches("^[a-z]+$", descriptor.Key);
        Assert.Matches("^[a-z]+(-[a-z]+)*$", descriptor.AdminFolder);
        Assert.Matches("^[a-z]+(-[a-z]+)*$", descriptor.ImportName);
        Assert.StartsWith("/", descriptor.PublicPath("a-slug"), StringComparison.Ordinal);
        Assert.True(descriptor.SearchNumber >= 0);
        Assert.True(descriptor.EntityType.IsAssignableTo(typeof(ContentItem)));
        Assert.NotNull(descriptor.FormType);
        Assert.Equal(kind.ToString(), descriptor.StoredName);
    }

    [Fact]
    public void The_registry_lists_each_kind_once_and_no_two_kinds_share_a_spelling_or_number()
    {
        var all = ContentKindRegistry.All;

        Assert.Equal(Enum.GetValues<ContentKind>(), all.Select(d => d.Kind));
        Assert.Equal(all.Count, all.Select(d => d.Key).Distinct().Count());
        Assert.Equal(all.Count, all.Select(d => d.AdminFolder).Distinct().Count());
        Assert.Equal(all.Count, all.Select(d => d.ImportName).Distinct().Count());
        Assert.Equal(all.Count, all.Select(d => d.SearchNumber).Distinct().Count());
        Assert.Equal(all.Count, all.Select(d => d.EntityType).Distinct().Count());
        Assert.Equal(all.Count, all.Select(d => d.FormType).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_is_read_back_from_its_address_and_import_names(ContentKind kind)
    {
        var descriptor = ContentKindRegistry.For(kind);

        Assert.True(ContentKindRegistry.TryParse(descriptor.Key, out var byKey));
        Assert.Equal(kind, byKey.Kind);
        Assert.True(ContentKindRegistry.TryParse(descriptor.ImportName, out var byImport));
        Assert.Equal(kind, byImport.Kind);
        Assert.Equal(kind, ContentKindRegistry.ForImportName(descriptor.ImportName)?.Kind);
        Assert.Equal(kind, ContentKindRegistry.ForStoredName(descriptor.StoredName)?.Kind);
    }

    // These are stored (revisions, content imports, search rowids) or published (addresses, cache tags): a change here
    // would orphan existing stores and links, so they are pinned.
    [Theory]
    [InlineData(ContentKind.Article, 0, "article", "articles", "article", "/articles/x")]
    [InlineData(ContentKind.Comparison, 1, "comparison", "comparison", "comparison", "/compare#x")]
    [InlineData(ContentKind.SideEffect, 2, "sideeffect", "side-effects", "side-effect", "/side-effects#x")]
    [InlineData(ContentKind.Glossary, 3, "glossary", "glossary", "glossary", "/glossary/x")]
    [InlineData(ContentKind.Condition, 4, "condition", "conditions", "condition", "/conditions#x")]
    [InlineData(ContentKind.UrgentHelp, 5, "urgenthelp", "urgent-help", "urgent-help", "/side-effects#urgent-help")]
    [InlineData(ContentKind.QuestionGroup, 6, "questiongroup", "questions", "question-group", "/questions#x")]
    public void Stored_and_published_spellings_and_numbers_stay_as_they_were(
        ContentKind kind, int number, string key, string adminFolder, string importName, string publicPath)
    {
        var descriptor = ContentKindRegistry.For(kind);

        Assert.Equal(number, (int)kind);
        Assert.Equal(number, descriptor.SearchNumber);
        Assert.Equal((number * SearchIndex.KindFactor) + 7, SearchIndex.RowId(kind, 7));
        Assert.Equal(key, descriptor.Key);
        Assert.Equal(adminFolder, descriptor.AdminFolder);
        Assert.Equal(importName, descriptor.ImportName);
        Assert.Equal(publicPath, descriptor.PublicPath("x"));
        Assert.Equal($"kind:{key}", CacheTags.Of(kind));
    }

    [Fact]
    public void The_cache_tag_constants_pages_name_are_the_kinds_own_tags()
    {
        Assert.Equal(CacheTags.Articles, CacheTags.Of(ContentKind.Article));
        Assert.Equal(CacheTags.Comparison, CacheTags.Of(ContentKind.Comparison));
        Assert.Equal(CacheTags.SideEffects, CacheTags.Of(ContentKind.SideEffect));
        Assert.Equal(CacheTags.Glossary, CacheTags.Of(ContentKind.Glossary));
        Assert.Equal(CacheTags.Conditions, CacheTags.Of(ContentKind.Condition));
        Assert.Equal(CacheTags.UrgentHelp, CacheTags.Of(ContentKind.UrgentHelp));
        Assert.Equal(CacheTags.Questions, CacheTags.Of(ContentKind.QuestionGroup));
    }

    [Fact]
    public void Topics_are_numbered_in_reading_order()
    {
        Assert.Equal(
            [(ArticleTopic.Basics, 0), (ArticleTopic.Cancer, 1), (ArticleTopic.TreatmentExperience, 2), (ArticleTopic.Autoimmune, 3)],
            Enum.GetValues<ArticleTopic>().Select(t => (t, (int)t)));
    }
}
