using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.About;

// It names the sources the published articles list, so a save of any article clears it; the publisher comes from
// configuration, which only a restart changes (and a restart empties the cache).
[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Articles])]
public sealed class IndexModel(IOptions<TherapyGuideOptions> options, PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public string SiteName { get; } = options.Value.SiteName;

    public PublisherOptions Publisher { get; } = options.Value.Publisher;

    /// <summary>Every source the published articles list, once each, in the articles' order.</summary>
    public IReadOnlyList<ArticleSource> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var lists = await content.SourceListsAsync(cancellationToken);
        Sources = lists.SelectMany(sources => sources)
            .DistinctBy(s => (s.Title.Trim().ToUpperInvariant(), s.Publisher?.Trim().ToUpperInvariant()))
            .ToList();
        ViewData.SetPageInfo(new PageInfo(
            localizer["About {0}", SiteName],
            localizer["Who publishes {0}, how we write and check our pages, where our facts come from, and how to contact us.", SiteName]));
    }
}
