using System.Net;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Security;

/// <summary>Headers, cookies, forms, health, and what the app says when things go wrong.</summary>
[Collection(WebCollection.Name)]
public sealed class HardeningTests(SharedHosts hosts)
{
    [Fact]
    public async Task Given_any_page_When_it_is_served_Then_it_carries_a_strict_policy_and_no_caching()
    {
        var response = await hosts.For(Databases.Sqlite).Browser().GetAsync("/Accounts/SignIn");
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*src=)", html);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_sign_in_When_the_cookie_is_set_Then_it_is_http_only_secure_over_https_and_strict()
    {
        var client = hosts.For(Databases.Sqlite).Browser();
        var session = new Session(client);
        var response = await session.PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", new() { ["UserName"] = "sam.social", ["Password"] = WebHost.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lifestory=", StringComparison.Ordinal)).ToLowerInvariant();

        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_form_post_without_its_token_When_sent_Then_it_is_refused()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var response = await sam.Client.PostAsync("/Accounts/SignOut", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync("/Children")).StatusCode); // still signed in
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_running_app_When_health_is_asked_Then_live_and_ready_answer_without_signing_in(string database)
    {
        var client = hosts.For(database).Browser();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Given_a_signed_in_user_When_they_open_a_childs_pages_Then_no_address_carries_the_childs_name()
    {
        var host = hosts.For(Databases.Sqlite);
        var sam = await Session.SignInAsync(host, "sam.social");
        var list = await sam.Client.GetStringAsync("/Children");
        var addresses = System.Text.RegularExpressions.Regex.Matches(list, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(addresses, a => a.StartsWith("/Children/", StringComparison.Ordinal));
        Assert.DoesNotContain(addresses, a => a.Contains("maisie", StringComparison.OrdinalIgnoreCase) || a.Contains("yusuf", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_an_unknown_address_When_opened_Then_the_plain_not_found_page_answers()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var response = await sam.GetAsync($"/Children/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
