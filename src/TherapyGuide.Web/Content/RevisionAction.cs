namespace TherapyGuide.Web.Content;

/// <summary>
/// Stored by name; the numbers are written out so that an added value never shifts the others.
/// </summary>
public enum RevisionAction
{
    Created = 0,
    Updated = 1,
    Restored = 2,
    Deleted = 3,

    /// <summary>The system rendered the stored Markdown again with a newer renderer; the editable fields are unchanged.</summary>
    Rerendered = 4,
}
