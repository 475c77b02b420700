namespace TherapyGuide.Web.Content.Editing;

/// <summary>One field of a content form as a reader of its history sees it.</summary>
public sealed record FormField(string Label, string Value);
