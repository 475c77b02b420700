namespace TherapyGuide.Testing;

/// <summary>
/// A test of PostgreSQL beside SQLite (see <see cref="PostgreSqlServer"/>): skipped, saying why, where there is no server.
/// It starts its PostgreSQL sites itself and compares them with SQLite ones, so it runs in the SQLite pass of the suite
/// and not again in the PostgreSQL pass (<see cref="TestStore"/>), where every other test runs on PostgreSQL.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = PostgreSqlTests.SkipReason;
}

/// <summary>A theory of PostgreSQL beside SQLite; see <see cref="PostgreSqlFactAttribute"/>.</summary>
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    public PostgreSqlTheoryAttribute() => Skip = PostgreSqlTests.SkipReason;
}

internal static class PostgreSqlTests
{
    public static string? SkipReason => TestStore.OnPostgreSql
        ? "Runs in the SQLite pass of the suite, beside the SQLite sites it compares PostgreSQL with."
        : PostgreSqlServer.SkipReason;
}
