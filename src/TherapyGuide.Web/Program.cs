using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Hosting;

// "users …" runs an operator command and exits; anything else starts the site.
var isCommand = UserCommand.Matches(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.AddTherapyGuide(quiet: isCommand);

var app = builder.Build();
await app.PrepareStoreAsync();
if (isCommand)
{
    return await UserCommand.RunAsync(args, app.Services, Console.In, Console.Out, Console.Error);
}

app.UseTherapyGuide();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
