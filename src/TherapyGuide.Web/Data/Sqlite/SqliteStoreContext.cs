using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TherapyGuide.Web.Data.Sqlite;

/// <summary>The store on SQLite, the embedded default: its migrations are in Data/Sqlite/Migrations.</summary>
public sealed class SqliteStoreContext(DbContextOptions<SqliteStoreContext> options) : TherapyGuideDbContext(options);

/// <summary>For <c>dotnet ef migrations add … --context SqliteStoreContext</c>: no store is opened.</summary>
internal sealed class SqliteStoreContextFactory : IDesignTimeDbContextFactory<SqliteStoreContext>
{
    public SqliteStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStoreContext>().UseSqlite("Data Source=design-time.db").Options);
}
