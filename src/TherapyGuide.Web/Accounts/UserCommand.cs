using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Accounts;

/// <summary>
/// The operator's commands for editor accounts:
/// <c>users add --email EMAIL --role Editor|Admin --password-stdin</c> and <c>users list</c>.
/// They print what they did and exit without starting the server; passwords are only ever read from standard input.
/// </summary>
public static class UserCommand
{
    public const string Usage = """
        Usage:
          users add --email EMAIL --role Editor|Admin --password-stdin   (reads the password from standard input)
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
        string? email = null, role = null;
        var passwordFromStdin = false;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--email" when i + 1 < options.Length:
                    email = options[++i].Trim();
                    break;
                case "--role" when i + 1 < options.Length:
                    role = options[++i].Trim();
                    break;
                case "--password-stdin":
                    passwordFromStdin = true;
                    break;
                default:
                    await error.WriteLineAsync($"Unknown or incomplete option '{options[i]}'.");
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }

        if (email is null || role is null || !passwordFromStdin)
        {
            await error.WriteLineAsync("Give --email, --role and --password-stdin (the password is never taken from the command line).");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (!new EmailAddressAttribute().IsValid(email) || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
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

        var password = (await input.ReadLineAsync())?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password was given on standard input.");
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

        await users.AddToRoleAsync(user, roleName);
        await audit.WriteAsync("command line", "user-add", email, $"role {roleName}", CancellationToken.None);
        await output.WriteLineAsync($"Created {roleName} account {email}. They can sign in at /admin.");
        return 0;
    }
}
