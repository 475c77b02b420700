namespace TherapyGuide.Web.Caching;

/// <summary>
/// Tells the site's other nodes which cached pages a change on this node made out of date, and the store's count
/// before and after (see <see cref="PublicPageCache"/>). None on one node; <see cref="PostgreSqlChangeFeed"/> on several.
/// </summary>
public interface IChangeBroadcast
{
    /// <summary>Returns once the other nodes have cleared those pages (or a bound passed): what anyone fetches next is new.</summary>
    Task SendAsync(IReadOnlyList<string> tags, long before, long after);
}
