using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RenderVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RenderVersion",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RenderVersion",
                table: "Articles");
        }
    }
}
