using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddPageViewCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PageViewCounts",
                columns: table => new
                {
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageViewCounts", x => new { x.Path, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PageViewCounts_Day",
                table: "PageViewCounts",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PageViewCounts");
        }
    }
}
