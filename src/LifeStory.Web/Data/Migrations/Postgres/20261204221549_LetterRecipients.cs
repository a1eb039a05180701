using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LifeStory.Web.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PersonId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Reader = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Route = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SealedEmail = table.Column<byte[]>(type: "bytea", nullable: true),
                    SealedAddress = table.Column<byte[]>(type: "bytea", nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemovedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentRoute = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SentSignatures = table.Column<int>(type: "integer", nullable: false),
                    SentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
