namespace TherapyGuide.Web.Pictures;

/// <summary>What the Markdown renderer needs to know of a stored picture to show it: its size, its alt text and its long description.</summary>
public sealed record PictureFacts(int Width, int Height, string AltText, string? LongDescription);
