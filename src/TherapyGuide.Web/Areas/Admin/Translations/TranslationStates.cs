using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Areas.Admin.Pages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Areas.Admin.Translations;

/// <summary>Where each English item stands in a translation: not translated, up to date, or behind.</summary>
public enum TranslationState
{
    Missing,
    UpToDate,
    Behind,
}

/// <summary>One English item and its translation's state, with the addresses a translator needs.</summary>
public sealed record TranslationRow(
    ContentKind Kind, int OriginalId, string Name, string Slug, int OriginalVersion, int? TranslationId, int? TranslatedVersion)
{
    public TranslationState State => TranslationId is null
        ? TranslationState.Missing
        : TranslatedVersion is { } translated && translated >= OriginalVersion ? TranslationState.UpToDate : TranslationState.Behind;

    /// <summary>"not translated", "up to date", or "behind (English version 4, translated from 2)".</summary>
    public string StateText => State switch
    {
        TranslationState.Missing => "not translated",
        TranslationState.UpToDate => "up to date",
        _ => $"behind (English version {OriginalVersion}, translated from {TranslatedVersion ?? 0})",
    };

    /// <summary>Where the translation is edited, or created from the English text.</summary>
    public string EditPath(SiteLanguage language) => TranslationId is { } id
        ? TranslationScope.Address(ContentKinds.EditPath(Kind, id), language)
        : TranslationScope.Address($"/admin/{ContentKinds.AdminFolder(Kind)}/edit?source={OriginalId}", language);

    /// <summary>The translation's own name ("Citocina"), so a translator finds it by the words they wrote.</summary>
    public string? TranslatedName { get; init; }

    /// <summary>For a behind translation, on the page that lists it: what changed in the English since.</summary>
    public CompareModel? Changes { get; init; }
}

/// <summary>Reads every kind's English items beside their translations into one language.</summary>
public sealed class TranslationStates(TherapyGuideDbContext db)
{
    /// <summary>Every English item of every kind, in the kinds' order and then by name, with its translation's state.</summary>
    public async Task<IReadOnlyList<TranslationRow>> ListAsync(SiteLanguage language, bool withChanges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var rows = new List<TranslationRow>();
        foreach (var kind in ContentKindRegistry.All)
        {
            rows.AddRange(await kind.Run(new ListAction(db, language.Code, withChanges, cancellationToken)));
        }

        return rows;
    }

    private sealed record ListAction(TherapyGuideDbContext Db, string Language, bool WithChanges, CancellationToken CancellationToken)
        : IContentKindAction<Task<List<TranslationRow>>>
    {
        public async Task<List<TranslationRow>> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity>
        {
            var english = SiteLanguage.English.Code;
            var language = Language;
            var all = Db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking();
            var originals = await all.Where(x => x.Language == english).ToListAsync(CancellationToken);
            var translations = (await all.Where(x => x.Language == language && x.SourceId != null).ToListAsync(CancellationToken))
                .GroupBy(x => x.SourceId!.Value)
                .ToDictionary(g => g.Key, g => g.First());
            var rows = new List<TranslationRow>();
            foreach (var original in originals)
            {
                var form = TForm.From(original);
                var translation = translations.GetValueOrDefault(original.Id);
                var row = new TranslationRow(TForm.Kind, original.Id, form.DisplayName, original.Slug, original.Version, translation?.Id, translation?.SourceVersion)
                {
                    TranslatedName = translation is null ? null : TForm.From(translation).DisplayName,
                };
                if (WithChanges && row.State == TranslationState.Behind)
                {
                    row = row with
                    {
                        Changes = await TranslationChanges.SinceAsync(
                            Db, TForm.Kind, original.Id, row.TranslatedVersion ?? 0, form.Fields().ToList(), CancellationToken),
                    };
                }

                rows.Add(row);
            }

            return [.. rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
        }
    }
}
