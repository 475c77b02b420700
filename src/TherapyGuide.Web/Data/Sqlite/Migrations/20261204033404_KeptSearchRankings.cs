using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// The best matches of broad queries, ranked once and kept until the index changes (see KeptRankings): one row per
    /// place in a query's ranking, so a page is a short range of the primary key.
    /// </summary>
    public partial class KeptSearchRankings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE SearchRankings (
                    Language TEXT NOT NULL,
                    Query TEXT NOT NULL,
                    Position INTEGER NOT NULL,
                    RowId INTEGER NOT NULL,
                    Rank REAL NOT NULL,
                    PRIMARY KEY (Language, Query, Position)
                ) WITHOUT ROWID;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchRankings;");
        }
    }
}
