using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>
    /// Each search entry's length in words, as SQLite's FTS5 counts it, so PostgreSQL ranks by the same bm25 (see
    /// PostgreSqlSearchStore); and a hyphenated word is indexed as its parts only, as FTS5 does ("CAR T-cell" is
    /// "car t cell", so the phrase "car t" is found in it). "SearchTotals" keeps the number of entries and of their
    /// words, as FTS5 keeps them, so bm25's average length is read, not counted, on every search; statement triggers
    /// keep it in step with every insert and delete. The index is emptied: the site fills it again as it starts.
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
                CREATE TABLE "SearchTotals" (
                    "Id" integer PRIMARY KEY CHECK ("Id" = 1),
                    "Entries" bigint NOT NULL,
                    "Words" bigint NOT NULL);
                INSERT INTO "SearchTotals" VALUES (1, 0, 0);
                CREATE FUNCTION therapyguide_search_totals() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        UPDATE "SearchTotals" SET "Entries" = "Entries" + added.entries, "Words" = "Words" + added.words
                        FROM (SELECT count(*) AS entries, coalesce(sum("Length"), 0) AS words FROM changed) AS added;
                    ELSE
                        UPDATE "SearchTotals" SET "Entries" = "Entries" - removed.entries, "Words" = "Words" - removed.words
                        FROM (SELECT count(*) AS entries, coalesce(sum("Length"), 0) AS words FROM changed) AS removed;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "SearchEntries_Added" AFTER INSERT ON "SearchEntries" REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION therapyguide_search_totals();
                CREATE TRIGGER "SearchEntries_Removed" AFTER DELETE ON "SearchEntries" REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION therapyguide_search_totals();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchEntries_Added" ON "SearchEntries";
                DROP TRIGGER "SearchEntries_Removed" ON "SearchEntries";
                DROP FUNCTION therapyguide_search_totals();
                DROP TABLE "SearchTotals";
                DELETE FROM "SearchEntries";
                ALTER TABLE "SearchEntries" DROP COLUMN "Length";
                ALTER TEXT SEARCH CONFIGURATION therapyguide ADD MAPPING FOR asciihword, hword WITH therapyguide_stem;
                """);
        }
    }
}
