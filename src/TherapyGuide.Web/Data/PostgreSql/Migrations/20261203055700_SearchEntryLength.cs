using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>
    /// Each search entry's length in words, as SQLite's FTS5 counts it, so PostgreSQL ranks by the same bm25 (see
    /// PostgreSqlSearchStore); and a hyphenated word is indexed as its parts only, as FTS5 does ("CAR T-cell" is
    /// "car t cell", so the phrase "car t" is found in it). The index is emptied: the site fills it again as it starts.
    /// </summary>
    public partial class SearchEntryLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM "SearchEntries";
                ALTER TEXT SEARCH CONFIGURATION therapyguide DROP MAPPING FOR asciihword, hword;
                ALTER TABLE "SearchEntries" ADD COLUMN "Length" integer NOT NULL DEFAULT 0;
                CREATE INDEX "IX_SearchEntries_Length" ON "SearchEntries" ("Length");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM "SearchEntries";
                ALTER TABLE "SearchEntries" DROP COLUMN "Length";
                ALTER TEXT SEARCH CONFIGURATION therapyguide ADD MAPPING FOR asciihword, hword WITH therapyguide_stem;
                """);
        }
    }
}
