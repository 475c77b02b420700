namespace TherapyGuide.Web.Commands;

/// <summary>The command-line commands that work on the store and exit without starting the server.</summary>
public static class OperatorCommand
{
    /// <summary>Every command's usage, for a command line that names none the site knows.</summary>
    public static string Usage => string.Join(Environment.NewLine, HealthCheckCommand.Usage, ReadabilityCommand.Usage, UserCommand.Usage, BackupCommand.Usage, ExportCommand.Usage, StoreCommand.Usage)
        + Environment.NewLine + "Anything else is passed to the host, such as --urls http://127.0.0.1:5000 or --environment Staging.";

    public static bool Matches(string[] args) => UserCommand.Matches(args) || BackupCommand.Matches(args) || ExportCommand.Matches(args) || StoreCommand.Matches(args);

    /// <summary>
    /// A first argument that is a bare word (not <c>--option</c>, <c>/option</c> or <c>key=value</c>, which configure the
    /// host) but names no command, such as the typo <c>user add</c> or <c>backups</c>. Refused rather than ignored: the
    /// site would otherwise start, and an operator's script would hang or think the command had run.
    /// </summary>
    public static bool IsUnknown(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args is [var first, ..]
            && !first.StartsWith('-') && !first.StartsWith('/') && !first.Contains('=', StringComparison.Ordinal)
            && !HealthCheckCommand.Matches(args) && !ReadabilityCommand.Matches(args) && !Matches(args);
    }

    /// <summary>
    /// Answers the command lines that need no host: <c>healthcheck</c>, <c>readability</c>, and an unknown command (refused). Null for any
    /// other, which builds the host.
    /// </summary>
    public static async Task<int?> AnswerWithoutHostAsync(string[] args)
    {
        if (HealthCheckCommand.Matches(args))
        {
            return await HealthCheckCommand.RunAsync(args, Console.Out, Console.Error);
        }

        if (ReadabilityCommand.Matches(args))
        {
            return await ReadabilityCommand.RunAsync(args, Console.Out, Console.Error);
        }

        return IsUnknown(args) ? await RefuseUnknownAsync(args, Console.Error) : null;
    }

    /// <summary>Says the command is unknown and lists the commands on <paramref name="error"/>; returns exit code 2, as for a usage error.</summary>
    public static async Task<int> RefuseUnknownAsync(string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        await error.WriteLineAsync($"Unknown command '{args[0]}'.");
        await error.WriteLineAsync(Usage);
        return 2;
    }

    public static Task<int> RunAsync(string[] args, IServiceProvider services, TextReader input, TextWriter output, TextWriter error) =>
        args switch
        {
            _ when BackupCommand.Matches(args) => BackupCommand.RunAsync(args, services, output, error),
            _ when ExportCommand.Matches(args) => ExportCommand.RunAsync(args, services, output, error),
            _ when StoreCommand.Matches(args) => StoreCommand.RunAsync(args, services, input, output, error),
            _ => UserCommand.RunAsync(args, services, input, output, error),
        };
}
