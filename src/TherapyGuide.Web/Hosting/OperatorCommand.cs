using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Hosting;

/// <summary>The command-line commands that work on the store and exit without starting the server.</summary>
public static class OperatorCommand
{
    public static bool Matches(string[] args) => UserCommand.Matches(args) || BackupCommand.Matches(args);

    public static Task<int> RunAsync(string[] args, IServiceProvider services, TextReader input, TextWriter output, TextWriter error) =>
        BackupCommand.Matches(args)
            ? BackupCommand.RunAsync(args, services, output, error)
            : UserCommand.RunAsync(args, services, input, output, error);
}
