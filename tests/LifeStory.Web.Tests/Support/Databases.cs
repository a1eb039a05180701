namespace LifeStory.Web.Tests.Support;

/// <summary>
/// The databases the integration tests run on: SQLite always; PostgreSQL as well when LIFESTORY_TEST_POSTGRES holds
/// a connection string to a server whose role may create databases (.ci/run starts one). Tests take the database as
/// a theory parameter, so PostgreSQL adds cases rather than skipping any.
/// </summary>
public static class Databases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static string? PostgresServer => Environment.GetEnvironmentVariable("LIFESTORY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (PostgresServer is not null) data.Add(Postgres);
            return data;
        }
    }
}
