using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>
    /// A kept ranking keeps each row's snippet too, once a page showing it has been read: ts_headline reads the whole
    /// body of every entry on the page (a long article takes about a millisecond), and the snippet cannot change until
    /// the index does, which empties the ranking with it.
    /// </summary>
    public partial class KeptSearchSnippets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "SearchRankings" ADD COLUMN "Snippet" text NULL;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "SearchRankings" DROP COLUMN "Snippet";""");
        }
    }
}
