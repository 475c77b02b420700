namespace TherapyGuide.Web.Areas.Admin.Pages.Previews;

/// <summary>One preview frame's page: the item in the public page's markup, with the screen's or the printer's styles.</summary>
public sealed record PreviewDocument(ContentPreview Preview, bool Printed);
