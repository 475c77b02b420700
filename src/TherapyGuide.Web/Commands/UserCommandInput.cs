namespace TherapyGuide.Web.Commands;

/// <summary>What the operator gives a <see cref="UserCommand"/>: its options, and the password on standard input (never an argument, which other users of the machine can see).</summary>
internal static class UserCommandInput
{
    /// <summary>Reads --email (and --role when asked for) and --password-stdin; says what is wrong and returns false otherwise.</summary>
    public static async Task<(bool Parsed, string? Email, string? Role)> ParseAsync(string[] options, TextWriter error, bool needsRole)
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
                    await error.WriteLineAsync(UserCommand.Usage);
                    return (false, null, null);
            }
        }

        if (email is null || (needsRole && role is null) || !passwordFromStdin)
        {
            await error.WriteLineAsync(needsRole
                ? "Give --email, --role and --password-stdin (the password is never taken from the command line)."
                : "Give --email and --password-stdin (the password is never taken from the command line).");
            await error.WriteLineAsync(UserCommand.Usage);
            return (false, null, null);
        }

        return (true, email, role);
    }

    public static async Task<string?> ReadPasswordAsync(TextReader input, TextWriter error)
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
