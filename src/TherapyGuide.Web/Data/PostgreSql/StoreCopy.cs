using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Web.Data.PostgreSql;

/// <summary>
/// Moves a site from SQLite to PostgreSQL: copies every row of every table the model knows (content, every revision,
/// accounts and roles, sign-in sessions, the audit log, readers' voices, the key ring) into an empty PostgreSQL
/// database, keeping every id, in one transaction; then moves the id sequences past the copied ids and fills the
/// search index. The copy is refused unless the database is empty, so nothing there is ever overwritten.
/// </summary>
public static class StoreCopy
{
    private static readonly MethodInfo _copySet = typeof(StoreCopy).GetMethod(nameof(CopySetAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <param name="source">The SQLite store.</param>
    /// <param name="targetConnectionString">The PostgreSQL database to copy into.</param>
    /// <param name="targetName">How messages name that connection string ("The connection string on standard input").</param>
    /// <param name="cancellationToken">Stops the copy; nothing is committed then.</param>
    /// <returns>The number of rows copied, by table.</returns>
    public static async Task<IReadOnlyList<(string Table, int Rows)>> CopyAsync(
        TherapyGuideDbContext source, string targetConnectionString, string targetName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var connectionString = StoreSettings.PostgreSqlConnection(targetConnectionString, targetName);
        await using var target = new PostgreSqlStoreContext(new DbContextOptionsBuilder<PostgreSqlStoreContext>().UseNpgsql(connectionString).Options);
        try
        {
            await target.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception failure) when (PostgreSqlStore.Explain(failure, connectionString) is { } message)
        {
            throw new StoreSettingsException(message, failure);
        }

        if (await target.Users.AnyAsync(cancellationToken) || await target.Articles.AnyAsync(cancellationToken)
            || await target.Revisions.AnyAsync(cancellationToken) || await target.AuditEntries.AnyAsync(cancellationToken))
        {
            throw new StoreSettingsException(
                $"The PostgreSQL database is not empty ({StoreSettings.Describe(connectionString)}): the copy goes only into a new, empty database, so nothing there is overwritten.");
        }

        var tables = source.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null).OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var copied = new List<(string Table, int Rows)>();
        await using (var transaction = await target.Database.BeginTransactionAsync(cancellationToken))
        {
            // The migrations put a count of changes in place (the ETags' version); the old store's own replaces it.
            await target.PublicVersions.ExecuteDeleteAsync(cancellationToken);
            foreach (var table in tables)
            {
                var rows = await (Task<int>)_copySet.MakeGenericMethod(table.ClrType).Invoke(null, [source, target, cancellationToken])!;
                copied.Add((table.GetTableName()!, rows));
            }

            InUniversalTime(target);
            await target.SaveChangesAsync(cancellationToken);
            foreach (var table in tables)
            {
                await MoveSequencePastCopiedIdsAsync(target, table, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        target.ChangeTracker.Clear();
        await new SearchIndex(target, new PostgreSqlSearchStore(target)).RebuildAsync(cancellationToken);
        return copied;
    }

    private static async Task<int> CopySetAsync<TEntity>(TherapyGuideDbContext source, TherapyGuideDbContext target, CancellationToken cancellationToken)
        where TEntity : class
    {
        // Every language's rows: the store's filter would give only the language in scope.
        var rows = await source.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        target.Set<TEntity>().AddRange(rows);
        return rows.Count;
    }

    /// <summary>
    /// SQLite gives dates back without a kind; the site writes them all in UTC, which PostgreSQL's timestamptz
    /// insists on being told. Set on the objects themselves: EF Core compares dates without their kind, so setting
    /// them through the change tracker would change nothing.
    /// </summary>
    private static void InUniversalTime(TherapyGuideDbContext target)
    {
        foreach (var entry in target.ChangeTracker.Entries())
        {
            foreach (var property in entry.Properties)
            {
                object? universal = property.CurrentValue switch
                {
                    DateTime { Kind: DateTimeKind.Unspecified } date => DateTime.SpecifyKind(date, DateTimeKind.Utc),
                    DateTimeOffset { Offset.Ticks: not 0 } moment => moment.ToUniversalTime(),
                    _ => null,
                };
                if (universal is not null && property.Metadata.PropertyInfo is { } clr)
                {
                    clr.SetValue(entry.Entity, universal);
                }
            }
        }
    }

    /// <summary>Ids were copied as they were: the table's identity sequence must carry on after the highest.</summary>
    private static async Task MoveSequencePastCopiedIdsAsync(TherapyGuideDbContext target, IEntityType table, CancellationToken cancellationToken)
    {
        var key = table.FindPrimaryKey()?.Properties;
        if (key is not [{ ClrType: var type } id] || (type != typeof(int) && type != typeof(long)) || id.ValueGenerated == ValueGenerated.Never)
        {
            return;
        }

        var name = table.GetTableName()!;
        var column = id.GetColumnName();
        // Names from the model, never from input; identifiers cannot be parameters.
        var sql = $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), coalesce((SELECT max(\"{column}\") FROM \"{name}\"), 0) + 1, false)";
        await target.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
