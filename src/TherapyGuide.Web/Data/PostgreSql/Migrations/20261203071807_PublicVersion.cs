using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PublicVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublicVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Changes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "PublicVersion",
                columns: new[] { "Id", "Changes" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicVersion");
        }
    }
}
