using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>
    /// The best matches of broad queries, ranked once and kept until the index changes (see KeptRankings): one row per
    /// place in a query's ranking, so a page is a short range of the primary key. Each carries the version of the index
    /// it was ranked from: the totals' triggers now count every change, and a ranking whose version is no longer the
    /// index's (made from a snapshot older than a change that committed meanwhile) is never read.
    /// </summary>
    public partial class KeptSearchRankings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "SearchRankings" (
                    "Language" text NOT NULL,
                    "Query" text NOT NULL,
                    "Position" integer NOT NULL,
                    "RowId" bigint NOT NULL,
                    "Rank" double precision NOT NULL,
                    "Version" bigint NOT NULL,
                    PRIMARY KEY ("Language", "Query", "Position"));
                ALTER TABLE "SearchTotals" ADD COLUMN "Version" bigint NOT NULL DEFAULT 0;
                ALTER TABLE "SearchTotalsEs" ADD COLUMN "Version" bigint NOT NULL DEFAULT 0;
                """ + Totals("therapyguide_search_totals", "SearchTotals", "\"Version\" = \"Version\" + 1, ")
                + Totals("therapyguide_search_totals_es", "SearchTotalsEs", "\"Version\" = \"Version\" + 1, "));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Totals("therapyguide_search_totals", "SearchTotals", "") + Totals("therapyguide_search_totals_es", "SearchTotalsEs", "") + """
                ALTER TABLE "SearchTotals" DROP COLUMN "Version";
                ALTER TABLE "SearchTotalsEs" DROP COLUMN "Version";
                DROP TABLE "SearchRankings";
                """);
        }

        /// <summary>The totals' trigger function as SearchEntryLength and AddSpanishSearch made it, with <paramref name="version"/> set too.</summary>
        private static string Totals(string function, string table, string version) => $$"""
            CREATE OR REPLACE FUNCTION {{function}}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    UPDATE "{{table}}" SET {{version}}"Entries" = "Entries" + added.entries, "Words" = "Words" + added.words
                    FROM (SELECT count(*) AS entries, coalesce(sum("Length"), 0) AS words FROM changed) AS added;
                ELSE
                    UPDATE "{{table}}" SET {{version}}"Entries" = "Entries" - removed.entries, "Words" = "Words" - removed.words
                    FROM (SELECT count(*) AS entries, coalesce(sum("Length"), 0) AS words FROM changed) AS removed;
                END IF;
                RETURN NULL;
            END $$;

            """;
    }
}
