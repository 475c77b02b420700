using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>A plain list of one kind of content, each linking to its edit page.</summary>
public sealed record ItemList(ContentKind Kind, string Caption, IReadOnlyList<ItemList.Row> Rows)
{
    public sealed record Row(int Id, string Name, string Detail);
}
