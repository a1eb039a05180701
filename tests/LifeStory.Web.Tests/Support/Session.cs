using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace LifeStory.Web.Tests.Support;

/// <summary>A signed-in browser-like client: reads each form's antiforgery token as a browser would post it.</summary>
public sealed partial class Session(HttpClient client)
{
    public HttpClient Client => client;

    public static async Task<Session> SignInAsync(WebHost host, string userName, string password = WebHost.Password)
    {
        var session = new Session(host.Browser());
        var response = await session.PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"{userName} could not sign in: {response.StatusCode}");
        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public async Task<string> TokenFromAsync(string page)
    {
        var html = await client.GetStringAsync(page);
        return Token().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No form token on {page}");
    }

    /// <summary>Posts a form to <paramref name="action"/> with the token from <paramref name="page"/>, where the form is shown.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenFromAsync(page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async Task<HttpResponseMessage> UploadAsync(string page, string action, byte[] zip, Dictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "Upload", "case.zip");
        foreach (var (key, value) in fields ?? []) form.Add(new StringContent(value), key);
        form.Add(new StringContent(await TokenFromAsync(page)), "__RequestVerificationToken");
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
