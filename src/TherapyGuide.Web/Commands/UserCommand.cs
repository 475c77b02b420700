using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Commands;

/// <summary>
/// The operator's commands for editor accounts:
/// <c>users add --email EMAIL --role Editor|Reviewer|Admin --password-stdin</c>, <c>users set-password --email EMAIL --password-stdin</c>
/// and <c>users list</c>.
/// They print what they did and exit without starting the server; passwords are only ever read from standard input.
/// </summary>
public static class UserCommand
{
    public const string Usage = """
        Usage:
          users add --email EMAIL --role Editor|Reviewer|Admin --password-stdin   (reads the password from standard input)
          users set-password --email EMAIL --password-stdin              (a new password; signs the person out everywhere)
          users list
        """;

    public static bool Matches(string[] args) => args is ["users", ..];

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        switch (args)
        {
            case ["users", "add", .. var options]:
                return await AddAsync(options, users, scope.ServiceProvider.GetRequiredService<AuditLog>(), input, output, error);
            case ["users", "set-password", .. var options]:
                return await SetPasswordAsync(options, users, scope.ServiceProvider.GetRequiredService<EditorAccounts>(), input, output, error);
            case ["users", "list"]:
                foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
                {
                    var roles = await users.GetRolesAsync(user);
                    var locked = await users.IsLockedOutAsync(user) ? " (locked out)" : "";
                    await output.WriteLineAsync($"{user.Email}\t{string.Join(", ", roles)}{locked}");
                }

                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(
        string[] options, UserManager<IdentityUser> users, AuditLog audit, TextReader input, TextWriter output, TextWriter error)
    {
        var (parsed, email, role) = await UserCommandInput.ParseAsync(options, error, needsRole: true);
        if (!parsed)
        {
            return 2;
        }

        if (!new EmailAddressAttribute().IsValid(email) || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            await error.WriteLineAsync($"'{email}' is not a valid email address.");
            return 1;
        }

        var roleName = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (roleName is null)
        {
            await error.WriteLineAsync($"The role must be Editor, Reviewer or Admin, not '{role}'.");
            return 1;
        }

        var password = await UserCommandInput.ReadPasswordAsync(input, error);
        if (password is null)
        {
            return 1;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"An account for {email} already exists; nothing was changed.");
            return 1;
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync($"The account for {email} was not created:");
            foreach (var problem in created.Errors)
            {
                await error.WriteLineAsync($"  - {problem.Description}");
            }

            return 1;
        }

        // Staged first: the user store's save of the role writes the entry with it, in one save.
        audit.Add("command line", "user-add", email, $"role {roleName}");
        await users.AddToRoleAsync(user, roleName);
        await output.WriteLineAsync($"Created {roleName} account {email}. They can sign in at /admin.");
        return 0;
    }

    private static async Task<int> SetPasswordAsync(
        string[] options, UserManager<IdentityUser> users, EditorAccounts accounts, TextReader input, TextWriter output, TextWriter error)
    {
        var (parsed, email, _) = await UserCommandInput.ParseAsync(options, error, needsRole: false);
        if (!parsed)
        {
            return 2;
        }

        var password = await UserCommandInput.ReadPasswordAsync(input, error);
        if (password is null)
        {
            return 1;
        }

        var user = await users.FindByEmailAsync(email!);
        if (user is null)
        {
            await error.WriteLineAsync($"There is no account for {email}; nothing was changed. 'users list' shows the accounts.");
            return 1;
        }

        var set = await accounts.SetPasswordAsync(user, password, "command line", CancellationToken.None);
        if (!set.Succeeded)
        {
            await error.WriteLineAsync($"The password of {email} was not changed:");
            foreach (var problem in set.Errors)
            {
                await error.WriteLineAsync($"  - {problem.Description}");
            }

            return 1;
        }

        await output.WriteLineAsync($"Set a new password for {email} and signed them out everywhere.");
        if (await users.IsLockedOutAsync(user))
        {
            await output.WriteLineAsync("The account is still locked by an admin: unlock it on /admin/users before they can sign in.");
        }

        return 0;
    }
}
