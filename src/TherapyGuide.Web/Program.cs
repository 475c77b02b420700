using System.Reflection;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Commands;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Hosting;

// "healthcheck" asks a running site and exits; "users …" and "backup …" run an operator command on the store and
// exit; any other bare word is refused; options for the host (--urls …, key=value) start the site.
if (HealthCheckCommand.Matches(args))
{
    return await HealthCheckCommand.RunAsync(args, Console.Out, Console.Error);
}

if (OperatorCommand.IsUnknown(args))
{
    return await OperatorCommand.RefuseUnknownAsync(args, Console.Error);
}

var isCommand = OperatorCommand.Matches(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.AddTherapyGuide(quiet: isCommand);

try
{
    await using var app = builder.Build();
    // A backup copies the store exactly as it is: no migration or import first.
    if (!BackupCommand.Matches(args))
    {
        await app.PrepareStoreAsync();
    }

    if (isCommand)
    {
        return await OperatorCommand.RunAsync(args, app.Services, Console.In, Console.Out, Console.Error);
    }

    app.UseTherapyGuide();
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

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
