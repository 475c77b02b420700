using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TherapyGuide.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UrgentHelp_Slug",
                table: "UrgentHelp");

            migrationBuilder.DropIndex(
                name: "IX_SideEffects_Slug",
                table: "SideEffects");

            migrationBuilder.DropIndex(
                name: "IX_QuestionGroups_Slug",
                table: "QuestionGroups");

            migrationBuilder.DropIndex(
                name: "IX_GlossaryTerms_Slug",
                table: "GlossaryTerms");

            migrationBuilder.DropIndex(
                name: "IX_Conditions_Slug",
                table: "Conditions");

            migrationBuilder.DropIndex(
                name: "IX_ComparisonAspects_Slug",
                table: "ComparisonAspects");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Slug",
                table: "Articles");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "UrgentHelp",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "UrgentHelp",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "UrgentHelp",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "SideEffects",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "SideEffects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "SideEffects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "QuestionGroups",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "QuestionGroups",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "QuestionGroups",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "GlossaryTerms",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "GlossaryTerms",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "GlossaryTerms",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Conditions",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "Conditions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "Conditions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ComparisonAspects",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "ComparisonAspects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "ComparisonAspects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Articles",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "Articles",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceVersion",
                table: "Articles",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_UrgentHelp_Language_Slug",
                table: "UrgentHelp",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UrgentHelp_SourceId",
                table: "UrgentHelp",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_SideEffects_Language_Slug",
                table: "SideEffects",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SideEffects_SourceId",
                table: "SideEffects",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionGroups_Language_Slug",
                table: "QuestionGroups",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionGroups_SourceId",
                table: "QuestionGroups",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryTerms_Language_Slug",
                table: "GlossaryTerms",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryTerms_SourceId",
                table: "GlossaryTerms",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Conditions_Language_Slug",
                table: "Conditions",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conditions_SourceId",
                table: "Conditions",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonAspects_Language_Slug",
                table: "ComparisonAspects",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonAspects_SourceId",
                table: "ComparisonAspects",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Language_Slug",
                table: "Articles",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceId",
                table: "Articles",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UrgentHelp_Language_Slug",
                table: "UrgentHelp");

            migrationBuilder.DropIndex(
                name: "IX_UrgentHelp_SourceId",
                table: "UrgentHelp");

            migrationBuilder.DropIndex(
                name: "IX_SideEffects_Language_Slug",
                table: "SideEffects");

            migrationBuilder.DropIndex(
                name: "IX_SideEffects_SourceId",
                table: "SideEffects");

            migrationBuilder.DropIndex(
                name: "IX_QuestionGroups_Language_Slug",
                table: "QuestionGroups");

            migrationBuilder.DropIndex(
                name: "IX_QuestionGroups_SourceId",
                table: "QuestionGroups");

            migrationBuilder.DropIndex(
                name: "IX_GlossaryTerms_Language_Slug",
                table: "GlossaryTerms");

            migrationBuilder.DropIndex(
                name: "IX_GlossaryTerms_SourceId",
                table: "GlossaryTerms");

            migrationBuilder.DropIndex(
                name: "IX_Conditions_Language_Slug",
                table: "Conditions");

            migrationBuilder.DropIndex(
                name: "IX_Conditions_SourceId",
                table: "Conditions");

            migrationBuilder.DropIndex(
                name: "IX_ComparisonAspects_Language_Slug",
                table: "ComparisonAspects");

            migrationBuilder.DropIndex(
                name: "IX_ComparisonAspects_SourceId",
                table: "ComparisonAspects");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Language_Slug",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SourceId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "UrgentHelp");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "SideEffects");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "QuestionGroups");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "QuestionGroups");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "QuestionGroups");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "ComparisonAspects");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "ComparisonAspects");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "ComparisonAspects");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentHelp_Slug",
                table: "UrgentHelp",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SideEffects_Slug",
                table: "SideEffects",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionGroups_Slug",
                table: "QuestionGroups",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryTerms_Slug",
                table: "GlossaryTerms",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conditions_Slug",
                table: "Conditions",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonAspects_Slug",
                table: "ComparisonAspects",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug",
                table: "Articles",
                column: "Slug",
                unique: true);
        }
    }
}
