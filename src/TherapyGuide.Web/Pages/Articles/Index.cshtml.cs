using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Articles;

public sealed class IndexModel(PublicContent content) : PageModel
{
    public IReadOnlyList<IGrouping<ArticleTopic, ArticleCard>> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var articles = await content.ArticleCardsAsync(cancellationToken);
        Topics = articles.GroupBy(a => a.Topic).OrderBy(g => g.Key).ToList();
        ViewData.SetPageInfo(new PageInfo("Articles", "All our plain-language articles on immunotherapy and CAR-T cell therapy, grouped by topic."));
    }
}
