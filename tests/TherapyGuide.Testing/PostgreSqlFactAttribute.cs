namespace TherapyGuide.Testing;

/// <summary>A test that needs a PostgreSQL server (see <see cref="PostgreSqlServer"/>): skipped, saying why, where there is none.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = PostgreSqlServer.SkipReason;
}

/// <summary>A theory that needs a PostgreSQL server (see <see cref="PostgreSqlServer"/>): skipped, saying why, where there is none.</summary>
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    public PostgreSqlTheoryAttribute() => Skip = PostgreSqlServer.SkipReason;
}
