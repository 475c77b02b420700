using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// The Spanish search index beside the English one (see SqliteSearchStore). FTS5 has no Spanish stemmer, so the
    /// site writes each text twice: as the reader sees it (title, body: kept for the results, not indexed) and as
    /// Snowball Spanish stems without accents (stemmed_*: indexed; see SpanishText). unicode61 with remove_diacritics 2
    /// takes off any accent left, so "celulas" finds "células". The English index is emptied, so the site fills both
    /// again as it starts.
    /// </summary>
    public partial class AddSpanishSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchEntriesEs USING fts5(
                    kind UNINDEXED,
                    slug UNINDEXED,
                    title UNINDEXED,
                    body UNINDEXED,
                    stemmed_title,
                    stemmed_terms,
                    stemmed_body,
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3'
                );
                DELETE FROM SearchEntries;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchEntriesEs;");
        }
    }
}
