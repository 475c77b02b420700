using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <summary>
    /// The Spanish search index beside the English one (see PostgreSqlSearchStore): "SearchEntriesEs" and
    /// "SearchTotalsEs", made as "SearchEntries" and "SearchTotals" are, with "Document" in the "therapyguide_es"
    /// configuration. That is a copy of "spanish" whose words pass through unaccent ("células" is "celulas", trusted
    /// since PostgreSQL 13, so the site's own user may create it) and then Snowball's Spanish stemmer, without the
    /// stop-word list (therapyguide_es_stem), as "therapyguide" keeps every English word: SQLite's FTS5 indexes every
    /// word, so both stores match and rank the same phrases. A hyphenated word is indexed as its parts only, as in
    /// English. The English index is emptied, so the site fills both again as it starts.
    /// </summary>
    public partial class AddSpanishSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE TEXT SEARCH DICTIONARY therapyguide_es_stem (TEMPLATE = snowball, LANGUAGE = spanish);
                CREATE TEXT SEARCH CONFIGURATION therapyguide_es (COPY = spanish);
                ALTER TEXT SEARCH CONFIGURATION therapyguide_es
                    ALTER MAPPING FOR asciiword, hword_asciipart, word, hword_part WITH unaccent, therapyguide_es_stem;
                ALTER TEXT SEARCH CONFIGURATION therapyguide_es DROP MAPPING FOR asciihword, hword;
                CREATE TABLE "SearchEntriesEs" (
                    "RowId" bigint PRIMARY KEY,
                    "Kind" text NOT NULL,
                    "Slug" text NOT NULL,
                    "Title" text NOT NULL,
                    "Terms" text NOT NULL,
                    "Body" text NOT NULL,
                    "Length" integer NOT NULL DEFAULT 0,
                    "Document" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('therapyguide_es', "Title"), 'A')
                        || setweight(to_tsvector('therapyguide_es', "Terms"), 'B')
                        || setweight(to_tsvector('therapyguide_es', "Body"), 'D')) STORED);
                CREATE INDEX "IX_SearchEntriesEs_Document" ON "SearchEntriesEs" USING GIN ("Document");
                CREATE TABLE "SearchTotalsEs" (
                    "Id" integer PRIMARY KEY CHECK ("Id" = 1),
                    "Entries" bigint NOT NULL,
                    "Words" bigint NOT NULL);
                INSERT INTO "SearchTotalsEs" VALUES (1, 0, 0);
                CREATE FUNCTION therapyguide_search_totals_es() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        UPDATE "SearchTotalsEs" SET "Entries" = "Entries" + added.entries, "Words" = "Words" + added.words
                        FROM (SELECT count(*) AS entries, coalesce(sum("Length"), 0) AS words FROM changed) AS added;
                    ELSE
                        UPDATE "SearchTotalsEs" SET "Entries" = "Entries" - removed.entries, "Words" = "Words" - removed.words
                        FROM (SELECT count(*) AS entries, coalesce(sum("Length"), 0) AS words FROM changed) AS removed;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "SearchEntriesEs_Added" AFTER INSERT ON "SearchEntriesEs" REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION therapyguide_search_totals_es();
                CREATE TRIGGER "SearchEntriesEs_Removed" AFTER DELETE ON "SearchEntriesEs" REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION therapyguide_search_totals_es();
                DELETE FROM "SearchEntries";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "SearchEntriesEs";
                DROP FUNCTION therapyguide_search_totals_es();
                DROP TABLE "SearchTotalsEs";
                DROP TEXT SEARCH CONFIGURATION therapyguide_es;
                DROP TEXT SEARCH DICTIONARY therapyguide_es_stem;
                """);
        }
    }
}
