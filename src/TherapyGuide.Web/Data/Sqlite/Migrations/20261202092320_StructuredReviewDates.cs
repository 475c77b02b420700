using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StructuredReviewDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewed",
                table: "UrgentHelp",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewDue",
                table: "UrgentHelp",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewed",
                table: "SideEffects",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewDue",
                table: "SideEffects",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewed",
                table: "GlossaryTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewDue",
                table: "GlossaryTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewed",
                table: "Conditions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewDue",
                table: "Conditions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewed",
                table: "ComparisonAspects",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewDue",
                table: "ComparisonAspects",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // An upgraded store has no empty dates: each item counts as reviewed on the day it was last saved, and
            // is due again six months later, the cycle new items and the articles start with. The content import
            // that follows gives items no editor has touched the content files' own dates.
            foreach (var table in new[] { "ComparisonAspects", "SideEffects", "GlossaryTerms", "Conditions", "UrgentHelp" })
            {
                migrationBuilder.Sql($"""
                    UPDATE "{table}"
                    SET "LastReviewed" = date("UpdatedUtc"), "NextReviewDue" = date("UpdatedUtc", '+6 months');
                    """);
            }

            // Earlier versions in the history, and a content files' version waiting for an editor, are form
            // snapshots without the dates; restored or taken as they are, they would set the item's dates to
            // 1 January 0001. They get the same dates by the same rule, from when each was saved or imported.
            migrationBuilder.Sql("""
                UPDATE "Revisions"
                SET "Snapshot" = json_set("Snapshot",
                    '$.lastReviewed', date("CreatedUtc"),
                    '$.nextReviewDue', date("CreatedUtc", '+6 months'))
                WHERE "Kind" IN ('Comparison', 'SideEffect', 'Glossary', 'Condition', 'UrgentHelp')
                  AND json_extract("Snapshot", '$.lastReviewed') IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "ContentImports"
                SET "NewerSnapshot" = json_set("NewerSnapshot",
                    '$.lastReviewed', date("ImportedUtc"),
                    '$.nextReviewDue', date("ImportedUtc", '+6 months'))
                WHERE "Kind" IN ('comparison', 'side-effect', 'glossary', 'condition', 'urgent-help')
                  AND "NewerSnapshot" IS NOT NULL
                  AND json_extract("NewerSnapshot", '$.lastReviewed') IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastReviewed",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "NextReviewDue",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "LastReviewed",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "NextReviewDue",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "LastReviewed",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "NextReviewDue",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "LastReviewed",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "NextReviewDue",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "LastReviewed",
                table: "ComparisonAspects");

            migrationBuilder.DropColumn(
                name: "NextReviewDue",
                table: "ComparisonAspects");
        }
    }
}
