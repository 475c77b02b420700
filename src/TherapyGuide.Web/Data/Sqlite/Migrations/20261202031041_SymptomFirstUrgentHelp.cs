using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SymptomFirstUrgentHelp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OtherWords",
                table: "SideEffects",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Signs",
                table: "SideEffects",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "SideEffects",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "ContentImports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewerSnapshot",
                table: "ContentImports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UrgentHelp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", nullable: false),
                    EmergencyAction = table.Column<string>(type: "TEXT", nullable: false),
                    EmergencySigns = table.Column<string>(type: "TEXT", nullable: false),
                    ContactNowAction = table.Column<string>(type: "TEXT", nullable: false),
                    ContactNowSigns = table.Column<string>(type: "TEXT", nullable: false),
                    NextContactAction = table.Column<string>(type: "TEXT", nullable: false),
                    NextContactSigns = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrgentHelp", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UrgentHelp_Slug",
                table: "UrgentHelp",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "OtherWords",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "Signs",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "ContentImports");

            migrationBuilder.DropColumn(
                name: "NewerSnapshot",
                table: "ContentImports");
        }
    }
}
