using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Load;

/// <summary>One signed-in person's browser: its own cookies, its form tokens, and timing of each request.</summary>
internal sealed partial class UserClient(Uri address, Latencies latencies) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(120),
    };

    public async Task SignInAsync(string userName, string password)
    {
        var token = await TokenAsync("/Accounts/SignIn");
        var response = await _client.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{userName} could not sign in.");
    }

    /// <summary>GETs and times a page; the body is returned so links can be followed.</summary>
    public async Task<string> GetAsync(string kind, string url)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(kind, clock.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode) latencies.Error();
            return body;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            latencies.Error();
            return "";
        }
    }

    public async Task<HttpResponseMessage> UploadAsync(string page, string action, byte[] zip)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(zip), "Upload", "case.zip" }, { new StringContent(await TokenAsync(page)), "__RequestVerificationToken" } };
        return await _client.PostAsync(action, form);
    }

    /// <summary>Posts a form with the token from the page that shows it.</summary>
    public async Task<HttpResponseMessage> PostAsync(string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(page);
        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public Task<byte[]> BytesAsync(string url) => _client.GetByteArrayAsync(url);

    public static IReadOnlyList<string> ChildLinks(string html) =>
        ChildLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    private async Task<string> TokenAsync(string page) =>
        Token().Match(await _client.GetStringAsync(page)).Groups[1].Value;

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/Children/[0-9a-f-]{36})\"")]
    private static partial Regex ChildLink();
}
