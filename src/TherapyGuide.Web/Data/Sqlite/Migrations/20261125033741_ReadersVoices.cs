using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReadersVoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PageFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageFeedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharedExperiences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModeratedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedExperiences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedExperiences_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PageFeedback_CreatedUtc",
                table: "PageFeedback",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PageFeedback_Path_CreatedUtc",
                table: "PageFeedback",
                columns: new[] { "Path", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedExperiences_ArticleId_Status_SubmittedUtc",
                table: "SharedExperiences",
                columns: new[] { "ArticleId", "Status", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedExperiences_Status_ModeratedUtc",
                table: "SharedExperiences",
                columns: new[] { "Status", "ModeratedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PageFeedback");

            migrationBuilder.DropTable(
                name: "SharedExperiences");
        }
    }
}
