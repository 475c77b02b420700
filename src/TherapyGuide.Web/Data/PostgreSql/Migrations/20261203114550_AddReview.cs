using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "UrgentHelp",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "UrgentHelp",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "SideEffects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "SideEffects",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "SideEffects",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedDraftVersion",
                table: "Revisions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "Revisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Minor",
                table: "Revisions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Revisions",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerAccount",
                table: "Revisions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "Revisions",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "GlossaryTerms",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "GlossaryTerms",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "GlossaryTerms",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "Conditions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Conditions",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "Conditions",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "ComparisonAspects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "ComparisonAspects",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "ComparisonAspects",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedUtc",
                table: "Articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Articles",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "Articles",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContentDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentId = table.Column<int>(type: "integer", nullable: true),
                    BaseVersion = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Contributors = table.Column<List<string>>(type: "text[]", nullable: false),
                    SafetyCritical = table.Column<bool>(type: "boolean", nullable: false),
                    Minor = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewerAccount = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ReviewerRole = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
