namespace TherapyGuide.Web.Content.Files;

/// <summary>What an editor's answer to a newer files' version did.</summary>
public enum FileVersionOutcome
{
    Done,
    NotFound,

    /// <summary>The item or the files' version changed since the editor looked, or a colleague answered already.</summary>
    Stale,

    /// <summary>The files' version has an address another item now uses.</summary>
    SlugTaken,
}
