using System.Net;

namespace TherapyGuide.Tests.Security;

// Hostile input to the sign-in and password forms.
public sealed partial class HostileInputTests
{
    [Fact]
    public async Task Sign_in_form()
    {
        await StartAsync();
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await site.Reader.GetAsync("/admin/signin")), "/admin/signin");
        foreach (var payload in HostilePayloads.Text)
        {
            await PostAsync(site.Reader, "/admin/signin", With(form, payload, "Email", "Password"), "sign-in", payload);
            await PostAsync(site.Reader, "/admin/signin?ReturnUrl=" + HostilePayloads.Escape(payload), With(form, payload, "Email"), "sign-in ReturnUrl", payload);
        }

        await RequestShapesAsync(site.Reader, "/admin/signin", form, "sign-in");
        await FinishAsync(nameof(Sign_in_form));
    }

    [Fact]
    public async Task Password_forms_and_reset_links()
    {
        await StartAsync();
        var account = await FormAsync("/admin/account");
        // A reset form only shows for a working link: its fields are posted as the page would send them.
        var token = HtmlForm.From(await HtmlForm.ParseAsync(await site.Reader.GetAsync("/admin/signin")), "/admin/signin")[Token]!;
        var users = await FormAsync("/admin/users", "main form[method=post]");
        foreach (var payload in HostilePayloads.Text)
        {
            // Never the admin's real password, so nothing here can change it.
            await PostAsync(site.Admin, "/admin/account", With(account, payload, "CurrentPassword", "Form.NewPassword", "Form.ConfirmPassword"), "password change", payload);
            await PostAsync(site.Admin, "/admin/account", With(account, payload, "Form.NewPassword"), "password change, new only", payload);
            var escaped = HostilePayloads.Escape(payload);
            await GetAsync(site.Reader, $"/admin/reset-password?id={escaped}&token={escaped}", "reset link", payload);
            await PostAsync(
                site.Reader,
                "/admin/reset-password",
                [new(Token, token), new("Id", payload), new("Token", payload), new("Form.NewPassword", payload), new("Form.ConfirmPassword", payload)],
                "reset form",
                payload);
        }

        foreach (var payload in HostilePayloads.Identifiers)
        {
            await PostAsync(site.Admin, "/admin/users?handler=Reset", With(users, payload, "id"), "account reset", payload);
        }

        await RequestShapesAsync(site.Admin, "/admin/account", account, "password change");
        await RequestShapesAsync(site.Admin, "/admin/users?handler=Reset", users, "account reset");
        Assert.Equal(HttpStatusCode.OK, (await site.Admin.GetAsync("/admin")).StatusCode);
        await FinishAsync(nameof(Password_forms_and_reset_links));
    }
}
