namespace TherapyGuide.Web.Accounts;

/// <summary>
/// The three roles: editors change content; reviewers (clinicians) also approve others' changes before readers see them;
/// admins also manage accounts and read the audit log. An admin is not a reviewer: approving takes a clinician.
/// </summary>
public static class Roles
{
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Reviewer, Admin];

    /// <summary>The policy every /admin page needs: any role.</summary>
    public const string EditorPolicy = "editors";

    /// <summary>The policy for approving or sending back others' changes.</summary>
    public const string ReviewerPolicy = "reviewers";

    /// <summary>The policy for managing editors and reading the audit log.</summary>
    public const string AdminPolicy = "admins";
}
