namespace TherapyGuide.Web.Pictures;

/// <summary>
/// Marks the page that takes picture uploads: <see cref="Protection.RequestLimits"/> lets its requests be as large as
/// TherapyGuide:Pictures:MaxBytes allows (and a little more, for the form around the file) rather than the site's usual
/// limit. A setting, not a constant, so [RequestSizeLimit] cannot say it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PictureUploadAttribute : Attribute;
