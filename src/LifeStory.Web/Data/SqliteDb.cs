using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Data;

/// <summary>The database on SQLite (the default, a file in the data folder), with the migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteDb(DbContextOptions<SqliteDb> options) : LifeStoryDb(options);
