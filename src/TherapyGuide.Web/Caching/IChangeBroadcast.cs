namespace TherapyGuide.Web.Caching;

/// <summary>
/// Tells the site's other nodes which cached pages a change on this node made out of date, and the store's count
/// before and after (see <see cref="PublicPageCache"/>). None on one node; <see cref="PostgreSqlChangeFeed"/> on several.
/// </summary>
public interface IChangeBroadcast
{
    /// <summary>
    /// Returns once the other nodes have cleared those pages, or a bound passed: true when every node said it had
    /// (what anyone fetches next is new), false when some node may still serve an old page for a moment.
    /// </summary>
    Task<bool> SendAsync(IReadOnlyList<string> tags, long before, long after);
}
