using System.Globalization;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Commands;

/// <summary>
/// <c>readability [--content DIR]</c>: every article in the content files with how easy it is to read, in its own
/// language's measure: the Flesch–Kincaid grade for English (aim: 8 or lower), Fernández-Huerta and INFLESZ for
/// Spanish (aim: INFLESZ 55 or more, "normal", and better "bastante fácil" from 65). Reads the files; needs no store.
/// </summary>
public static class ReadabilityCommand
{
    public const string Usage = """
        Usage:
          readability [--content DIR]   (how easy each article in the content files is to read, in each language)
        """;

    public static bool Matches(string[] args) => args is ["readability", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var configured = args is [_, "--content", var given] ? given : null;
        if (args.Length > 1 && configured is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var path = StorePaths.ContentFolder(configured, Directory.GetCurrentDirectory());
        if (!Directory.Exists(Path.Combine(path, "articles")))
        {
            await error.WriteLineAsync($"No articles in {path}.");
            return 1;
        }

        var renderer = new MarkdownRenderer();
        var english = new ContentFolder(path, renderer);
        await output.WriteLineAsync($"Articles in {path}");
        foreach (var article in english.LoadArticles())
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"en  {article.Slug,-45} {article.WordCount,5} words  Flesch–Kincaid grade {article.ReadingGrade:0.0}"));
        }

        foreach (var language in SiteLanguage.Translations)
        {
            var folder = english.Translation(language);
            if (!Directory.Exists(Path.Combine(folder.Path, "articles")))
            {
                continue;
            }

            foreach (var article in folder.LoadArticles())
            {
                var score = SpanishReadingEase.Score(renderer.Render(article.BodyMarkdown).PlainText);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{language.Code}  {article.Slug,-45} {score.Words,5} words  Fernández-Huerta {score.FernandezHuerta:0.0}  INFLESZ {score.Inflesz:0.0} ({SpanishReadingEase.InfleszBand(score.Inflesz)})"));
            }
        }

        return 0;
    }
}
