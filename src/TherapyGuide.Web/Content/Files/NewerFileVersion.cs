namespace TherapyGuide.Web.Content.Files;

/// <summary>An item on the dashboard whose files' version is newer than the one editors changed.</summary>
public sealed record NewerFileVersion(ContentKind Kind, string Slug, string Name, Languages.SiteLanguage Language);
