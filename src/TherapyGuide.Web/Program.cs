using TherapyGuide.Web.Commands;
using TherapyGuide.Web.Hosting;

// "healthcheck" asks a running site and exits, and a bare word that names no command is refused: no host needed.
if (await OperatorCommand.AnswerWithoutHostAsync(args) is { } exitCode)
{
    return exitCode;
}

// "users …" and "backup …" run an operator command on the store and exit; options for the host (--urls …,
// key=value) start the site.
var isCommand = OperatorCommand.Matches(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.AddTherapyGuide(quiet: isCommand);
return await builder.RunTherapyGuideAsync(args);

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
