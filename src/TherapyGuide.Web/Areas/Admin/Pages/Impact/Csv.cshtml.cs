using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Impact;

namespace TherapyGuide.Web.Areas.Admin.Pages.Impact;

/// <summary>The impact figures as a spreadsheet: /admin/impact.csv?days=30, one row per page per day.</summary>
public sealed class CsvModel(ImpactReport report, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ImpactRange.FromQuery(Request.Query["days"], clock) is not { } range)
        {
            return BadRequest();
        }

        var figures = await report.LoadAsync(range, path: null, cancellationToken);
        var name = $"therapyguide-impact-{range.From:yyyy-MM-dd}-to-{range.To:yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetBytes(ImpactCsv.Write(figures)), "text/csv; charset=utf-8", name);
    }
}
