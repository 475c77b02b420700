using System.Reflection;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Commands;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Hosting;

/// <summary>What the program does: configure the host, prepare the store, then run an operator command or serve the site.</summary>
public static class TherapyGuideRun
{
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            // "users …" and "backup …" run an operator command on the store and exit; options for the host (--urls …,
            // key=value) start the site.
            var isCommand = OperatorCommand.Matches(args);
            var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
            builder.AddTherapyGuide(quiet: isCommand);
            await using var app = builder.Build();
            if (isCommand)
            {
                // A backup copies the store exactly as it is: no migration or import first.
                if (!BackupCommand.Matches(args))
                {
                    await app.PrepareStoreAsync();
                }

                return await OperatorCommand.RunAsync(args, app.Services, Console.In, Console.Out, Console.Error);
            }

            // The site's pipeline (its pages found, the files' manifest read) is laid on one core while the store is
            // prepared on the other: the two share nothing, and the site answers sooner.
            var prepared = Task.Run(() => app.PrepareStoreAsync());
            try
            {
                app.UseTherapyGuide();
            }
            finally
            {
                await prepared;
            }

            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException invalid) when (Assembly.GetEntryAssembly() == typeof(Program).Assembly)
        {
            // A wrong setting is the operator's to put right: say which and how, not a stack trace. (Only when this is the
            // program that was run: hosted by the tests' WebApplicationFactory, the exception goes on to the test.)
            await Console.Error.WriteLineAsync($"TherapyGuide cannot start: {string.Join(' ', invalid.Failures)}");
            return 1;
        }
        catch (StoreSettingsException store) when (Assembly.GetEntryAssembly() == typeof(Program).Assembly)
        {
            await Console.Error.WriteLineAsync($"TherapyGuide cannot start: {store.Message}");
            return 1;
        }
    }
}
