namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// What a save did. On a conflict, <see cref="Current"/> holds the newer version as it is stored now; when it needs
/// approval, <see cref="Reasons"/> says why, in words for the editor.
/// </summary>
public sealed record SaveResult<TForm>(SaveOutcome Outcome, int Id = 0, int Version = 0, TForm? Current = null, IReadOnlyList<string>? Reasons = null)
    where TForm : class;
