using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LifeStory.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LetterRecipients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reader = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SealedEmail = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SealedAddress = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentRoute = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SentSignatures = table.Column<int>(type: "INTEGER", nullable: false),
                    SentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterRecipients", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LetterRecipients_ChildId_ReviewDate",
                table: "LetterRecipients",
                columns: new[] { "ChildId", "ReviewDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterRecipients");
        }
    }
}
