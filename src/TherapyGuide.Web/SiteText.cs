namespace TherapyGuide.Web;

/// <summary>
/// The words several views and code share for readers (urgency words and advice, statuses, topics), looked up
/// by their English text in <c>Resources/SiteText.{language}.resx</c>. A view's own words are in the resource file named
/// after the view (<c>Resources/Pages/Shared/_Layout.es.resx</c>), through <c>IViewLocalizer</c>.
/// </summary>
public sealed class SiteText;
