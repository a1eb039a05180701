using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using LifeStory.Web.Tests.Support;
using Microsoft.Playwright;

namespace LifeStory.Web.Tests.Browser;

/// <summary>
/// The app on Kestrel at 127.0.0.1 and Debian's chromium driven by Playwright (no browser is downloaded). axe-core is
/// added to every page as an init script, which the page's Content Security Policy does not apply to.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserSession(WebHost host, string address)
    {
        Host = host;
        Address = address;
    }

    public WebHost Host { get; }

    public string Address { get; }

    /// <param name="seed">Seed the demo accounts and samples, as `dotnet run` does.</param>
    /// <param name="clock">The app's clock, for a journey on a day the test chooses.</param>
    /// <param name="settings">Configuration for this app only, such as the mail relay a test listens as.</param>
    public static async Task<BrowserSession> StartAsync(bool seed = true, TimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var host = new WebHost(Databases.Sqlite, seed, settings, clock);
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        host.StartServer();
        var session = new BrowserSession(host, $"http://127.0.0.1:{port}");
        session._playwright = await Playwright.CreateAsync();
        session._browser = await session._playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        return session;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = Address, AcceptDownloads = true, Locale = "en-GB" });
        await context.AddInitScriptAsync(script: await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as <paramref name="user"/> through the sign-in form, as a person would.</summary>
    public async Task<IPage> SignInAsync(string user)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(WebHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Accounts/SignIn", StringComparison.Ordinal));
        return page;
    }

    /// <summary>axe-core's WCAG 2.0–2.2 A and AA rules on the page as it is now: each violation with where it is.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityProblemsAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        return result.EnumerateArray().Select(e => $"{page.Url}: {e.GetString()}").ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
