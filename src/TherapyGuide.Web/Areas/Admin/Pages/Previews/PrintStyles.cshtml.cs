using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TherapyGuide.Web.Areas.Admin.Pages.Previews;

/// <summary>
/// The site's stylesheet as a printer applies it, for the "printed" preview: the rules written for print apply on the
/// screen too. The preview frame is as wide as an A4 sheet inside its margins, so the width rules match a printout's.
/// </summary>
public sealed class PrintStylesModel(IWebHostEnvironment environment) : PageModel
{
    private static readonly Lock _gate = new();
    private static (DateTimeOffset Modified, string Text)? _cached;

    public IActionResult OnGet()
    {
        var file = environment.WebRootFileProvider.GetFileInfo("css/site.css");
        if (!file.Exists)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-cache";
        return Content(PrintRules(file), "text/css; charset=utf-8");
    }

    private static string PrintRules(Microsoft.Extensions.FileProviders.IFileInfo file)
    {
        lock (_gate)
        {
            if (_cached is { } cached && cached.Modified == file.LastModified)
            {
                return cached.Text;
            }

            using var reader = new StreamReader(file.CreateReadStream());
            var text = reader.ReadToEnd().Replace("@media print", "@media all", StringComparison.Ordinal)
                + "\n/* The sheet's margins, as the print rules' @page sets them. */\nbody { margin: 17mm 14mm; }\n";
            _cached = (file.LastModified, text);
            return text;
        }
    }
}
