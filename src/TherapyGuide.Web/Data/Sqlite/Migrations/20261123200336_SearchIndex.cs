using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite FTS5 over everything a reader can see. The rowid encodes kind and id (see SearchIndex).
            // Porter stemming finds "infusions" for "infusion"; prefix indexes make typing-as-you-go cheap.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchEntries USING fts5(
                    kind UNINDEXED,
                    slug UNINDEXED,
                    title,
                    terms,
                    body,
                    tokenize = 'porter unicode61 remove_diacritics 2',
                    prefix = '2 3'
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchEntries;");
        }
    }
}
