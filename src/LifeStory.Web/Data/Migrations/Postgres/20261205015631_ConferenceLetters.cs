using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LifeStory.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConferenceLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Meeting",
                table: "LetterRecipients",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "review");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Meeting",
                table: "LetterRecipients");
        }
    }
}
