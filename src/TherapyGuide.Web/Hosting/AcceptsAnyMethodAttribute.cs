namespace TherapyGuide.Web.Hosting;

/// <summary>
/// A page that answers every method (see <see cref="PageMethods"/>): the error page, which the status-code pages
/// re-run with the refused request's own method (PUT for a 405, POST for a 413), and must still show.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AcceptsAnyMethodAttribute : Attribute;
