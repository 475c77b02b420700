namespace TherapyGuide.Web.Content.Editing;

public enum SaveOutcome
{
    Saved,
    NotFound,

    /// <summary>Someone saved the item after this form was loaded; nothing was written.</summary>
    Conflict,

    /// <summary>Another item of the same kind already has this address; nothing was written.</summary>
    SlugTaken,

    /// <summary>The site's review rule wants a reviewer's approval before readers see this change; nothing was written.</summary>
    NeedsApproval,
}
