using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LifeStory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LetterLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "LetterRecipients",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "LetterRecipients");
        }
    }
}
