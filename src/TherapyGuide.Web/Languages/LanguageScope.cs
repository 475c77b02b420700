namespace TherapyGuide.Web.Languages;

/// <summary>
/// Which language's content the store shows: every query of a content kind is filtered to it (see
/// <see cref="Data.TherapyGuideDbContext"/>), so an English page can never show a Spanish row or the reverse. A
/// reader's request reads the language of its address (<see cref="LanguageRouting"/> chooses it for the request); the
/// editors' area and the importer choose one with <see cref="Use"/> while they work on a translation. Anything else
/// (start-up, background work, a server whose own language is Spanish) reads English.
/// </summary>
public static class LanguageScope
{
    private static readonly AsyncLocal<SiteLanguage?> _chosen = new();

    /// <summary>The language chosen with <see cref="Use"/>, else English.</summary>
    public static SiteLanguage Content => _chosen.Value ?? SiteLanguage.English;

    /// <summary>Reads and writes <paramref name="language"/>'s content until the result is disposed.</summary>
    public static IDisposable Use(SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var before = _chosen.Value;
        _chosen.Value = language;
        return new Restore(before);
    }

    private sealed class Restore(SiteLanguage? before) : IDisposable
    {
        public void Dispose() => _chosen.Value = before;
    }
}
