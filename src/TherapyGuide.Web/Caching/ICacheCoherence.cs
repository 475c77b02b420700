namespace TherapyGuide.Web.Caching;

/// <summary>
/// Whether this node's cached pages and ETags can be trusted. On one node they always can; with several nodes on
/// one store, only while this node hears the others' changes (<see cref="PostgreSqlChangeFeed"/>): while it does not,
/// it renders every page afresh and answers no 304, so it never serves a page older than the store.
/// </summary>
public interface ICacheCoherence
{
    bool InStep { get; }
}

/// <summary>A site on one node (SQLite): every change is made here, so its cache is always in step.</summary>
public sealed class SingleNode : ICacheCoherence
{
    public bool InStep => true;
}
