using Microsoft.Playwright;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Commands;

namespace TherapyGuide.BrowserTests;

/// <summary>Signs an admin in through the real sign-in page, once per browser site.</summary>
public static class AdminPages
{
    public const string Email = "browser.admin@example.org";
    public const string Password = "a long browser test passphrase";

    public static readonly IReadOnlyList<(string Name, string Address)> All =
    [
        ("admin-dashboard", "/admin"),
        ("admin-review", "/admin/review"),
        ("admin-articles", "/admin/articles"),
        ("admin-article-edit", "/admin/articles/edit/1"),
        ("admin-article-new", "/admin/articles/edit"),
        ("admin-comparison", "/admin/comparison"),
        ("admin-comparison-edit", "/admin/comparison/edit/1"),
        ("admin-urgent-help-edit", "/admin/urgent-help/edit/1"),
        ("admin-side-effects", "/admin/side-effects"),
        ("admin-side-effect-edit", "/admin/side-effects/edit/1"),
        ("admin-glossary", "/admin/glossary"),
        ("admin-glossary-edit", "/admin/glossary/edit/1"),
        ("admin-conditions", "/admin/conditions"),
        ("admin-condition-edit", "/admin/conditions/edit/1"),
        ("admin-questions", "/admin/questions"),
        ("admin-question-group-edit", "/admin/questions/edit/1"),
        ("admin-history", "/admin/history/article/1"),
        ("admin-delete", "/admin/delete/glossary/1"),
        ("admin-users", "/admin/users"),
        ("admin-audit", "/admin/audit"),
        ("admin-backup", "/admin/backup"),
        ("admin-experiences", "/admin/experiences"),
        ("admin-experiences-approved", "/admin/experiences?status=Approved"),
        ("admin-experiences-erase", "/admin/experiences/erase"),
        ("admin-feedback", "/admin/feedback"),
        ("admin-impact", "/admin/impact"),
        ("admin-impact-year", "/admin/impact?days=365"),
        ("admin-pictures", "/admin/pictures"),
        ("admin-pictures-upload", "/admin/pictures/upload"),
        ("admin-account", "/admin/account"),
        ("admin-translations", "/admin/translations"),

        // A translation's edit page, beside its English original (the address opens the existing translation).
        ("admin-article-translation", "/admin/articles/edit?lang=es&source=1"),
        ("admin-side-effect-translation", "/admin/side-effects/edit?lang=es&source=1"),
        ("admin-condition-translation", "/admin/conditions/edit?lang=es&source=1"),
        ("admin-urgent-help-translation", "/admin/urgent-help/edit?lang=es&source=1"),
    ];

    public static TheoryData<string, string> Data()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, address) in All)
        {
            data.Add(name, address);
        }

        return data;
    }

    private static readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly Dictionary<BrowserSite, string> _signedIn = [];

    /// <summary>
    /// A page signed in as an admin. The account is made with the real command and signed in once through the
    /// real form; later pages reuse that session's cookies, as a browser would (sign-in is rate limited).
    /// </summary>
    public static async Task<IPage> SignedInPageAsync(BrowserSite site, int width = 1280)
    {
        ArgumentNullException.ThrowIfNull(site);
        string state;
        await _gate.WaitAsync();
        try
        {
            if (!_signedIn.TryGetValue(site, out var saved))
            {
                await UserCommand.RunAsync(
                    ["users", "add", "--email", Email, "--role", Roles.Admin, "--password-stdin"],
                    site.Services, new StringReader(Password + "\n"), TextWriter.Null, TextWriter.Null);
                var first = await site.NewPageAsync(width);
                await first.GotoAsync("/admin/signin");
                await first.GetByLabel("Email address").FillAsync(Email);
                await first.GetByLabel("Password").FillAsync(Password);
                await first.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
                // The first sign-in of a run can meet the site still starting while other collections load it: wait longer than the default.
                await first.WaitForURLAsync("**/admin", new() { Timeout = 120_000 });
                saved = await first.Context.StorageStateAsync();
                await first.Context.CloseAsync();
                _signedIn[site] = saved;
            }

            state = saved;
        }
        finally
        {
            _gate.Release();
        }

        var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            StorageState = state,
        });
        return await context.NewPageAsync();
    }
}
