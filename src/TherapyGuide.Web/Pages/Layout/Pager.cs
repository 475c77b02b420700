namespace TherapyGuide.Web.Pages.Layout;

/// <summary>What the _Pager partial shows: where the reader is, the address of any page, and what the pages are of.</summary>
public sealed record Pager(Paging Paging, Func<int, string> Link, string Label);
