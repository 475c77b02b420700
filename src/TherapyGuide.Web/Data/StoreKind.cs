namespace TherapyGuide.Web.Data;

/// <summary>Which database holds the store: chosen by the setting TherapyGuide:Store.</summary>
public enum StoreKind
{
    /// <summary>A SQLite file beside the site: the default, one command and no server.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL database, shared by every node of a site that runs on more than one machine.</summary>
    PostgreSql = 1,
}
