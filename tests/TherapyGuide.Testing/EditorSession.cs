using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Commands;

namespace TherapyGuide.Testing;

/// <summary>An editor account made with the real command-line command, and a signed-in client for it.</summary>
public static class EditorSession
{
    public const string Password = "a long enough test passphrase";

    /// <summary>Runs an operator command (<c>users …</c>) with the given standard input, as the command line would.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(TestSite site, string standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await UserCommand.RunAsync(args, site.Services, new StringReader(standardInput), output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static Task<(int ExitCode, string Output, string Error)> AddUserAsync(TestSite site, string email, string role, string password) =>
        RunCommandAsync(site, password + "\n", "users", "add", "--email", email, "--role", role, "--password-stdin");

    /// <summary>A client with its own cookies, signed in through the real sign-in form.</summary>
    public static async Task<HttpClient> SignInAsync(TestSite site, string email, string role = Roles.Editor)
    {
        var (code, _, error) = await AddUserAsync(site, email, role, Password);
        Assert.True(code == 0, error);
        var client = Client(site);
        var response = await SubmitSignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static HttpClient Client(TestSite site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> SubmitSignInAsync(HttpClient client, string email, string password)
    {
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/admin/signin"));
        return await HtmlForm.From(page, "/admin/signin").Set("Email", email).Set("Password", password).PostAsync(client);
    }
}
