using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "UrgentHelp",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "UrgentHelp",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "UrgentHelp",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "SideEffects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "SideEffects",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "SideEffects",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedDraftVersion",
                table: "Revisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "Revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Minor",
                table: "Revisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Revisions",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerAccount",
                table: "Revisions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "Revisions",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "GlossaryTerms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "GlossaryTerms",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "GlossaryTerms",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "Conditions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Conditions",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "Conditions",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "ComparisonAspects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "ComparisonAspects",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "ComparisonAspects",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Articles",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "Articles",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContentDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentId = table.Column<int>(type: "INTEGER", nullable: true),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Contributors = table.Column<string>(type: "TEXT", nullable: false),
                    SafetyCritical = table.Column<bool>(type: "INTEGER", nullable: false),
                    Minor = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewerAccount = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ReviewerRole = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentDrafts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentDrafts_Kind_ContentId",
                table: "ContentDrafts",
                columns: new[] { "Kind", "ContentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentDrafts_State",
                table: "ContentDrafts",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentDrafts");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "ApprovedDraftVersion",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "Minor",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ReviewerAccount",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "ComparisonAspects");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "ComparisonAspects");

            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "ComparisonAspects");

            migrationBuilder.DropColumn(
                name: "ApprovedUtc",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "Articles");
        }
    }
}
