namespace TherapyGuide.Web.Accounts;

/// <summary>The two roles: editors change content; admins also manage editors and read the audit log.</summary>
public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];

    /// <summary>The policy every /admin page needs: either role.</summary>
    public const string EditorPolicy = "editors";

    /// <summary>The policy for managing editors and reading the audit log.</summary>
    public const string AdminPolicy = "admins";
}
