namespace TherapyGuide.Web.Content;

/// <summary>What a revision did. Stored by name; the numbers are explicit so that nothing depends on the order here.</summary>
public enum RevisionAction
{
    Created = 0,
    Updated = 1,
    Restored = 2,
    Deleted = 3,

    /// <summary>The system rendered the stored Markdown again with a newer renderer; the editable fields are unchanged.</summary>
    Rerendered = 4,
}
