using LifeStory.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Support;

/// <summary>
/// The app in memory on a database of its own: a fresh SQLite file in a temporary folder, or a fresh PostgreSQL
/// database on the server named by LIFESTORY_TEST_POSTGRES (dropped afterwards). Development, so the demo accounts
/// (with a known password) and the two samples are seeded as `dotnet run` seeds them.
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    public const string Password = "Test-password-1";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lifestory-web-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;

    /// <param name="clock">The app's clock, for tests that set "today"; the real one when null.</param>
    public WebHost(string database, bool seed = true, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        _clock = clock;
        Database = database;
        _settings = new Dictionary<string, string?>
        {
            ["LifeStory:DataFolder"] = _folder,
            ["LifeStory:DemoPassword"] = Password,
            ["LifeStory:SeedDemo"] = seed ? "true" : "false",
            ["LifeStory:SignInAttemptsPerMinute"] = "100000",
        };
        if (database == Databases.Postgres)
            _settings["ConnectionStrings:Postgres"] = Databases.PostgresServer + $";Database=lifestory_test_{Guid.NewGuid():N}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string Database { get; }

    public string DataFolder => _folder;

    public string SqliteFile => Path.Combine(_folder, "lifestory.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_clock is { } clock) builder.ConfigureTestServices(s => s.AddSingleton(clock));
    }

    /// <summary>A client that keeps cookies, follows no redirects (tests look at them) and talks HTTPS, as a browser would.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
    });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Database == Databases.Postgres)
        {
            try { WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().Database.EnsureDeletedAsync()).GetAwaiter().GetResult(); }
            catch (InvalidOperationException) { }
        }
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { }
        }
    }
}
