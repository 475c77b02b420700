using TherapyGuide.Web.Commands;
using TherapyGuide.Web.Hosting;

// "healthcheck" asks a running site and exits, and a bare word that names no command is refused: no host needed.
if (await OperatorCommand.AnswerWithoutHostAsync(args) is { } exitCode)
{
    return exitCode;
}

return await TherapyGuideRun.RunAsync(args);

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
