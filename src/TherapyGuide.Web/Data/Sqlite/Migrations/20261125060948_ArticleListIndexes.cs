using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArticleListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TopicRank",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "CASE \"Topic\" WHEN 'Basics' THEN 0 WHEN 'Cancer' THEN 1 WHEN 'TreatmentExperience' THEN 2 WHEN 'Autoimmune' THEN 3 ELSE 4 END",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_TopicRank_Order_Title",
                table: "Articles",
                columns: new[] { "Status", "TopicRank", "Order", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_UpdatedUtc",
                table: "Articles",
                columns: new[] { "Status", "UpdatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_TopicRank_Order_Title",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_UpdatedUtc",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TopicRank",
                table: "Articles");
        }
    }
}
