using System.Collections.Concurrent;

namespace LifeStory.Web.Tests.Support;

/// <summary>One seeded app per database, shared by the tests that do not change council-wide settings (seeding costs seconds).</summary>
public sealed class SharedHosts : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<WebHost>> _hosts = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<MatrixChildren>>> _matrix = new();

    public WebHost For(string database)
    {
        var host = _hosts.GetOrAdd(database, d => new Lazy<WebHost>(() =>
        {
            var made = new WebHost(d);
            made.Server.ToString(); // starts the app: migrations and the seed run now, once
            return made;
        })).Value;
        return host;
    }

    /// <summary>The access matrix's two children: one of the demo team's, one of another team's.</summary>
    public Task<MatrixChildren> MatrixFor(string database) =>
        _matrix.GetOrAdd(database, d => new Lazy<Task<MatrixChildren>>(() => MatrixChildren.CreateAsync(For(d)))).Value;

    public void Dispose()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsValueCreated)) host.Value.Dispose();
    }
}
