using System.Net;
using System.Text.RegularExpressions;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Accounts;

/// <summary>Lockout, the sign-in rate limit, two-step sign-in an administrator requires, and signing out everywhere.</summary>
public sealed partial class SignInTests
{
    [Fact]
    public async Task Given_five_wrong_passwords_When_the_right_one_follows_Then_the_account_is_locked()
    {
        using var host = new WebHost(Databases.Sqlite, seed: true);
        var client = new Session(host.Browser());
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", new() { ["UserName"] = "iris.iro", ["Password"] = "wrong-" + i });

        var response = await client.PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", new() { ["UserName"] = "iris.iro", ["Password"] = WebHost.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_limit_of_three_attempts_a_minute_When_a_fourth_comes_Then_it_is_turned_away_with_429()
    {
        using var host = new WebHost(Databases.Sqlite, seed: false, new Dictionary<string, string?> { ["LifeStory:SignInAttemptsPerMinute"] = "3" });
        var client = new Session(host.Browser());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", new() { ["UserName"] = "nobody", ["Password"] = "x" })).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Given_an_administrator_requires_two_step_sign_in_When_a_social_worker_signs_in_Then_she_must_set_it_up_and_then_use_it()
    {
        using var host = new WebHost(Databases.Sqlite);
        var admin = await Session.SignInAsync(host, "alex.admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Admin", "/Admin?handler=TwoFactor", new() { ["required"] = "true" })).StatusCode);

        var sam = await Session.SignInAsync(host, "sam.social");
        var blocked = await sam.GetAsync("/Children");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/Accounts/Security", blocked.Headers.Location!.OriginalString);

        var setUp = await sam.Client.GetStringAsync("/Accounts/Security");
        var key = KeyShown().Match(setUp).Groups[1].Value;
        var enabled = await sam.PostFormAsync("/Accounts/Security", "/Accounts/Security?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync("/Children")).StatusCode);

        var again = new Session(host.Browser());
        var first = await again.PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", new() { ["UserName"] = "sam.social", ["Password"] = WebHost.Password });
        Assert.StartsWith("/Accounts/TwoFactor", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/Children")).StatusCode); // the password alone is not a session
        var wrong = await again.PostFormAsync("/Accounts/TwoFactor", "/Accounts/TwoFactor", new() { ["Code"] = "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var second = await again.PostFormAsync("/Accounts/TwoFactor", "/Accounts/TwoFactor", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Children")).StatusCode);
    }

    [Fact]
    public async Task Given_two_sessions_When_one_signs_out_everywhere_Then_the_other_is_signed_out_too()
    {
        // The check against the account's security stamp runs every minute in service; here at every request.
        using var host = new WebHost(Databases.Sqlite, seed: true, new Dictionary<string, string?> { ["LifeStory:SessionCheckSeconds"] = "0" });
        var here = await Session.SignInAsync(host, "sam.social");
        var there = await Session.SignInAsync(host, "sam.social");
        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync("/Children")).StatusCode);

        await here.PostFormAsync("/Accounts/SignOut", "/Accounts/SignOut?handler=Everywhere", []);

        Assert.Equal(HttpStatusCode.Redirect, (await here.GetAsync("/Children")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await there.GetAsync("/Children")).StatusCode);
    }

    [GeneratedRegex("<strong id=\"key\">([a-z0-9 ]+)</strong>")]
    private static partial Regex KeyShown();
}
