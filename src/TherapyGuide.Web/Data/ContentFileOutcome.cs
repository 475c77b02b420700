namespace TherapyGuide.Web.Data;

/// <summary>What comparing one item imported before with the content files' version did.</summary>
public enum ContentFileOutcome
{
    /// <summary>The files give the version the store already took, or one it has.</summary>
    Same = 0,

    /// <summary>No editor had touched it: it is now the files' version.</summary>
    Updated = 1,

    /// <summary>An editor changed it: the files' version waits on the dashboard.</summary>
    Offered = 2,

    /// <summary>Deleted by an editor, or it could not be saved: left as it is.</summary>
    Left = 3,
}
