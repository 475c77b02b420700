using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Tests.Content;

/// <summary>The related articles an editor ticks: kept in the order readers see them, compared as a set.</summary>
public sealed class ArticleFormTests
{
    [Fact]
    public void Ticked_related_articles_keep_the_stored_order_and_new_ones_follow_in_the_forms_order()
    {
        var form = new ArticleForm { Related = ["a-by-title", "new-one", "c-stored-first", "b-stored-second", "new-two"] };

        form.KeepRelatedOrder(["c-stored-first", "untick-me", "b-stored-second", "a-by-title"]);

        Assert.Equal(["c-stored-first", "b-stored-second", "a-by-title", "new-one", "new-two"], form.Related);
    }

    [Fact]
    public void Versions_whose_related_articles_differ_only_in_order_have_the_same_fields()
    {
        // A save made before the order was kept recorded the boxes' order; the import recorded the files'.
        var imported = new ArticleForm { Title = "T", Related = ["what-treatment-is-like", "choosing-a-treatment"] };
        var savedBefore = new ArticleForm { Title = "T", Related = ["choosing-a-treatment", "what-treatment-is-like"] };

        Assert.Equal(imported.Fields(), savedBefore.Fields());
    }
}
