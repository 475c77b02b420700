using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Articles;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Articles], VaryByQueryKeys = ["page"])]
public sealed class IndexModel(PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    /// <summary>Articles a page; the list stays short on a phone, and the page stays small however many there are.</summary>
    public const int PageSize = 30;

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IReadOnlyList<IGrouping<ArticleTopic, ArticleCard>> Topics { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0, HasNext: false);

    public Pager Pager => new(Paging, PageLink, localizer["Article list pages"]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Paging.ParseNumber(PageText) is not { } number)
        {
            return BadRequest();
        }

        var (articles, total) = await content.ArticleCardsAsync((number - 1) * PageSize, PageSize, cancellationToken);
        Paging = new Paging(number, PageSize, total, HasNext: number * PageSize < total);
        if (number > Paging.PageCount)
        {
            return NotFound();
        }

        Topics = articles.GroupBy(a => a.Topic).ToList();
        var title = Paging.PageCount > 1 ? localizer["Articles, page {0} of {1}", number, Paging.PageCount] : localizer["Articles"];
        ViewData.SetPageInfo(new PageInfo(title, localizer["All our plain-language articles on immunotherapy and CAR-T cell therapy, grouped by topic."])
        {
            // Page 2 and on of the list are pages of their own to a search engine.
            Query = number > 1 ? $"?page={number}" : "",
        });
        return Page();
    }

    public static string PageLink(int page) => page == 1 ? "/articles" : $"/articles?page={page}";
}
