namespace TherapyGuide.Web.Content.Links;

/// <summary>Where a link leads, as <see cref="LinkAddress.Read"/> reads it.</summary>
public abstract record LinkTarget
{
    /// <summary>A page of this site: a lower-case path, and an anchor without its '#' (empty when none).</summary>
    public sealed record Internal(string Path, string Fragment) : LinkTarget;

    /// <summary>A page on another site.</summary>
    public sealed record External(Uri Address) : LinkTarget;

    /// <summary>mailto:, tel: and the like: nothing to check.</summary>
    public sealed record NotAPage : LinkTarget;

    /// <summary>An address no browser can follow to a page.</summary>
    public sealed record Broken(string Reason) : LinkTarget;
}
