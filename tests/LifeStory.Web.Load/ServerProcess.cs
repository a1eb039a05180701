using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LifeStory.Web.Load;

/// <summary>
/// The web app in a process of its own, on a free port of 127.0.0.1, with a throwaway data folder and the demo seed
/// (Development) so there are accounts and children to browse. Stopped, by its own process id, on Dispose.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    public const string Password = "Load-test-password-1";
    private readonly Process _process;
    private readonly string _data;

    private ServerProcess(Process process, string data, Uri address)
    {
        _process = process;
        _data = data;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="previewCacheMegabytes">The app's bound on cached previews, when not its default.</param>
    /// <param name="environment">Further settings for this run, such as the mail relay the driver listens as.</param>
    public static async Task<ServerProcess> StartAsync(string repository, int? previewCacheMegabytes = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var project = Path.Combine(repository, "src", "LifeStory.Web");
        var dll = Directory.GetFiles(Path.Combine(project, "bin"), "LifeStory.Web.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException("Build the web app first: dotnet build src/LifeStory.Web -c Release");
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var data = Path.Combine(Path.GetTempPath(), "lifestory-load-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["LifeStory__DataFolder"] = data;
        start.Environment["LifeStory__DemoPassword"] = Password;
        start.Environment["LifeStory__SignInAttemptsPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (previewCacheMegabytes is { } megabytes)
            start.Environment["LifeStory__PreviewCacheMegabytes"] = megabytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, data, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = server.Address };
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        server.Dispose();
        throw new InvalidOperationException("The web app did not become ready within two minutes.");
    }

    /// <summary>The server's resident memory now, in MB.</summary>
    public double MemoryMegabytes()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1024.0 / 1024.0;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        try { Directory.Delete(_data, recursive: true); }
        catch (IOException) { }
    }
}
