using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Data;

/// <summary>The database on PostgreSQL (a council's server, by connection string), with the migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresDb(DbContextOptions<PostgresDb> options) : LifeStoryDb(options);
