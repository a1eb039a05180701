using LifeStory.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Tests.Data;

/// <summary>Each provider's committed migrations describe today's model: a change to the model without a migration fails here.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Given_the_SQLite_migrations_When_compared_with_the_model_Then_nothing_is_pending()
    {
        using var db = new SqliteDb(new DbContextOptionsBuilder<SqliteDb>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Given_the_PostgreSQL_migrations_When_compared_with_the_model_Then_nothing_is_pending()
    {
        // Comparing needs no server: the connection string is never opened.
        using var db = new PostgresDb(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(new SqliteDb(new DbContextOptionsBuilder<SqliteDb>().UseSqlite("Data Source=:memory:").Options).Database.GetMigrations()
            .Select(m => m[15..]), db.Database.GetMigrations().Select(m => m[15..]));
    }
}
