using TherapyGuide.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTherapyGuide();

var app = builder.Build();
app.UseTherapyGuide();
await app.PrepareStoreAsync();
await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
