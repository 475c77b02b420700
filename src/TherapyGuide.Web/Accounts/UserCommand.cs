using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Accounts;

/// <summary>
/// The operator's commands for editor accounts:
/// <c>users add --email EMAIL --role Editor|Admin --password-stdin</c>, <c>users set-password --email EMAIL --password-stdin</c>
/// and <c>users list</c>.
/// They print what they did and exit without starting the server; passwords are only ever read from standard input.
/// </summary>
public static class UserCommand
{
    public const string Usage = """
        Usage:
          users add --email EMAIL --role Editor|Admin --password-stdin   (reads the password from standard input)
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
        var (parsed, email, role) = await ParseAsync(options, error, needsRole: true);
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
            await error.WriteLineAsync($"The role must be Editor or Admin, not '{role}'.");
            return 1;
        }

        var password = await ReadPasswordAsync(input, error);
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
        var (parsed, email, _) = await ParseAsync(options, error, needsRole: false);
        if (!parsed)
        {
            return 2;
        }

        var password = await ReadPasswordAsync(input, error);
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

    /// <summary>Reads --email (and --role when asked for) and --password-stdin; says what is wrong and returns false otherwise.</summary>
    private static async Task<(bool Parsed, string? Email, string? Role)> ParseAsync(string[] options, TextWriter error, bool needsRole)
    {
        string? email = null, role = null;
        var passwordFromStdin = false;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--email" when i + 1 < options.Length:
                    email = options[++i].Trim();
                    break;
                case "--role" when needsRole && i + 1 < options.Length:
                    role = options[++i].Trim();
                    break;
                case "--password-stdin":
                    passwordFromStdin = true;
                    break;
                default:
                    await error.WriteLineAsync($"Unknown or incomplete option '{options[i]}'.");
                    await error.WriteLineAsync(Usage);
                    return (false, null, null);
            }
        }

        if (email is null || (needsRole && role is null) || !passwordFromStdin)
        {
            await error.WriteLineAsync(needsRole
                ? "Give --email, --role and --password-stdin (the password is never taken from the command line)."
                : "Give --email and --password-stdin (the password is never taken from the command line).");
            await error.WriteLineAsync(Usage);
            return (false, null, null);
        }

        return (true, email, role);
    }

    private static async Task<string?> ReadPasswordAsync(TextReader input, TextWriter error)
    {
        var password = (await input.ReadLineAsync())?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password was given on standard input.");
            return null;
        }

        return password;
    }
}
