using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Testing;

/// <summary>Changes made as an editor's, straight through the content store, for tests about what happens around a save.</summary>
public static class EditorSaves
{
    /// <summary>
    /// An editor's save of the stored item, through the one save path, as the edit pages make it, approved by a reviewer:
    /// these tests are about what happens around a save, and the review rule (ReviewTests) must not stand in their way.
    /// </summary>
    public static async Task EditAsync<TEntity, TForm>(this TestSite site, int id, Action<TForm> change, string editor = "editor@example.org")
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(change);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var form = TForm.From(await db.Set<TEntity>().AsNoTracking().SingleAsync(x => x.Id == id));
        change(form);
        var result = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync<TEntity, TForm>(
            id, form, editor, "An editor's change", default, new Publication(new Approval("reviewer@example.org", "Dr Test Reviewer", "Test clinician", DateTime.UtcNow, 0, 0)));
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
    }
}
