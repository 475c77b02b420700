// The bare-Kestrel floor: answers each path named in a map file with the bytes of its saved file, as nginx does in
// bench/run.sh. Usage: dotnet Floor.dll MAPFILE URL, where each line of MAPFILE is "PATH<TAB>FILE".
using System.Collections.Frozen;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Floor MAPFILE URL");
    return 2;
}

var pages = File.ReadLines(args[0])
    .Select(line => line.Split('\t', 2))
    .ToFrozenDictionary(parts => parts[0], parts => File.ReadAllBytes(parts[1]), StringComparer.Ordinal);

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
builder.WebHost.UseKestrelCore().UseUrls(args[1]);
var app = builder.Build();
app.Run(context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "/", out var body))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
await app.RunAsync();
return 0;
