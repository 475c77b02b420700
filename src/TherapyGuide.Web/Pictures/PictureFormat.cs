namespace TherapyGuide.Web.Pictures;

/// <summary>The kinds of picture the site accepts. Stored by name.</summary>
public enum PictureFormat
{
    Png = 1,
    Jpeg = 2,
    WebP = 3,
    Svg = 4,
}
