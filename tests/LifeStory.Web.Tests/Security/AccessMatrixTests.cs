using System.Net;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Security;

/// <summary>
/// Every endpoint about a child × every role × a child of their own and another team's child: allowed, or 403/404,
/// and never the other child's data. The expectations are written out here from the policy, not read from the app.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccessMatrixTests(SharedHosts hosts)
{
    private enum Need { View, Change, Generate, Export, SignOff, SeeAudit, SendLetters, RecordReview, SignReview }

    private sealed record Endpoint(string Name, HttpMethod Method, string Url, Need Need, HttpStatusCode WhenAllowed, Dictionary<string, string>? Form = null);

    private static readonly Endpoint[] Endpoints =
    [
        new("record", HttpMethod.Get, "/Children/{child}", Need.View, HttpStatusCode.OK),
        new("revision", HttpMethod.Get, "/Children/{child}/Revisions/1", Need.View, HttpStatusCode.OK),
        new("page image", HttpMethod.Get, "/Children/{child}/Documents/review-letter/child/Pages/1", Need.View, HttpStatusCode.OK),
        new("preview", HttpMethod.Get, "/Children/{child}/Documents/review-letter/child", Need.Generate, HttpStatusCode.OK),
        new("download", HttpMethod.Get, "/Children/{child}/Documents/review-letter/carers/Download/pdf", Need.Generate, HttpStatusCode.OK),
        new("manifest", HttpMethod.Get, "/Children/{child}/Documents/review-letter/child/Download/manifest", Need.Generate, HttpStatusCode.OK),
        new("export", HttpMethod.Get, "/Children/{child}/Export", Need.Export, HttpStatusCode.OK),
        new("audit trail", HttpMethod.Get, "/Children/{child}/Audit", Need.SeeAudit, HttpStatusCode.OK),
        new("import", HttpMethod.Post, "/Children/{child}?handler=Import", Need.Change, HttpStatusCode.OK, []),
        new("restore", HttpMethod.Post, "/Children/{child}?handler=Restore", Need.Change, HttpStatusCode.Redirect, new() { ["number"] = "1" }),
        new("unarchive", HttpMethod.Post, "/Children/{child}?handler=Unarchive", Need.Change, HttpStatusCode.Redirect, []),
        new("sign off", HttpMethod.Post, "/Children/{child}?handler=SignOff", Need.SignOff, HttpStatusCode.OK, []),
        new("details form", HttpMethod.Get, "/Children/{child}/Edit/Child", Need.Change, HttpStatusCode.OK),
        new("save details", HttpMethod.Post, "/Children/{child}/Edit/Child", Need.Change, HttpStatusCode.OK, []),
        new("draft", HttpMethod.Get, "/Children/{child}/Drafts?form=/Children/{child}/Edit/Child", Need.Change, HttpStatusCode.NoContent),
        new("keep draft", HttpMethod.Post, "/Children/{child}/Drafts?form=/Children/{child}/Edit/Child&handler=Keep", Need.Change, HttpStatusCode.NoContent,
            new() { ["Fields"] = "{\"Values[child.favourite_colour]\":\"teal\"}" }),
        new("discard draft", HttpMethod.Post, "/Children/{child}/Drafts?form=/Children/{child}/Edit/Child&handler=Discard", Need.Change, HttpStatusCode.NoContent, []),
        new("presence", HttpMethod.Get, "/Children/{child}/Presence?form=/Children/{child}/Edit/Child", Need.Change, HttpStatusCode.OK),
        new("photos form", HttpMethod.Get, "/Children/{child}/Edit/Photos", Need.Change, HttpStatusCode.OK),
        new("drawings form", HttpMethod.Get, "/Children/{child}/Edit/Drawings", Need.Change, HttpStatusCode.OK),
        new("photo crop", HttpMethod.Get, "/Children/{child}/Edit/Photos/0/Face?x=0.2&y=0.3", Need.Change, HttpStatusCode.OK),
        new("drawing image", HttpMethod.Get, "/Children/{child}/Edit/Drawings/0/Upright", Need.Change, HttpStatusCode.OK),
        new("upload photos", HttpMethod.Post, "/Children/{child}/Edit/Photos?handler=Upload", Need.Change, HttpStatusCode.OK, []),
        new("save a photo", HttpMethod.Post, "/Children/{child}/Edit/Photos?handler=Save", Need.Change, HttpStatusCode.OK, []),
        // No such photo, so the one allowed is told it was already taken out; everyone else is refused before looking.
        new("take out a photo", HttpMethod.Post, "/Children/{child}/Edit/Photos?handler=Remove", Need.Change, HttpStatusCode.OK, new() { ["ItemId"] = "not-a-photo" }),
        new("people list", HttpMethod.Get, "/Children/{child}/Edit/People", Need.Change, HttpStatusCode.OK),
        new("person form", HttpMethod.Get, "/Children/{child}/Edit/People/0", Need.Change, HttpStatusCode.OK),
        new("new home form", HttpMethod.Get, "/Children/{child}/Edit/Homes/New", Need.Change, HttpStatusCode.OK),
        new("save person", HttpMethod.Post, "/Children/{child}/Edit/People/0", Need.Change, HttpStatusCode.OK, []),
        new("add school", HttpMethod.Post, "/Children/{child}/Edit/Schools/New", Need.Change, HttpStatusCode.OK, []),
        new("take out form", HttpMethod.Get, "/Children/{child}/Edit/Timeline/0/Remove", Need.Change, HttpStatusCode.OK),
        new("take out", HttpMethod.Post, "/Children/{child}/Edit/Timeline/0/Remove", Need.Change, HttpStatusCode.OK, []),
        new("edit preview panel", HttpMethod.Get, "/Children/{child}/Edit/Preview?show=child&reader=carers", Need.Change, HttpStatusCode.OK),
        new("a version's page picture", HttpMethod.Get, "/Children/{child}/Book/child/Versions/1/Pages/1", Need.View, HttpStatusCode.OK),
        new("whole book thumbnails", HttpMethod.Get, "/Children/{child}/Edit/Book/parents", Need.Change, HttpStatusCode.OK),
        new("story editor", HttpMethod.Get, "/Children/{child}/Edit/Story?section=new", Need.Change, HttpStatusCode.OK),
        new("save a story part", HttpMethod.Post, "/Children/{child}/Edit/Story?section=new", Need.Change, HttpStatusCode.OK, []),
        new("take out a story part", HttpMethod.Post, "/Children/{child}/Edit/Story?handler=Remove", Need.Change, HttpStatusCode.Redirect, new() { ["remove"] = "not-a-part" }),
        // A review's page is about one child, so ChildAccess decides: whoever may see the child reads it.
        new("a review", HttpMethod.Get, "/Children/{child}/Reviews/2026-09-15", Need.View, HttpStatusCode.OK),
        new("a meeting's letter", HttpMethod.Get, "/Children/{child}/Documents/review-letter/parents/Download/pdf?date=2026-03-17", Need.Generate, HttpStatusCode.OK),
        // Maisie's record is signed already, so the IRO is told so and nothing changes: the hosts are shared.
        new("sign a review", HttpMethod.Post, "/Children/{child}/Reviews/2026-09-15?handler=Sign", Need.SignReview, HttpStatusCode.OK, []),
        new("story words preview", HttpMethod.Post, "/Children/{child}/Edit/Story/Preview", Need.Change, HttpStatusCode.OK, new() { ["Markdown"] = "**hello**" }),
        new("words and pictures list", HttpMethod.Get, "/Children/{child}/Edit/WordsAndPictures", Need.Change, HttpStatusCode.OK),
        new("later-life letter form", HttpMethod.Get, "/Children/{child}/Edit/LaterLifeLetter", Need.Change, HttpStatusCode.OK),
        new("save the later-life letter", HttpMethod.Post, "/Children/{child}/Edit/LaterLifeLetter", Need.Change, HttpStatusCode.OK, []),
        new("a review's letters", HttpMethod.Get, "/Children/{child}/Reviews/2026-09-15/Letters", Need.SendLetters, HttpStatusCode.OK),
        // Incomplete (email route, no address), so the form comes back with the problem and nothing is saved.
        new("add to a review's list", HttpMethod.Post, "/Children/{child}/Reviews/2026-09-15/Letters?handler=Add", Need.SendLetters, HttpStatusCode.OK,
            new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "" }),
        // Nobody is on the list, so the one allowed finds no such recipient; everyone else is refused before looking.
        new("send a letter", HttpMethod.Post, "/Children/{child}/Reviews/2026-09-15/Letters?handler=Send&recipient=00000000-0000-0000-0000-000000000001", Need.SendLetters, HttpStatusCode.NotFound, []),
        new("take off a review's list", HttpMethod.Post, "/Children/{child}/Reviews/2026-09-15/Letters?handler=Remove&recipient=00000000-0000-0000-0000-000000000001", Need.SendLetters, HttpStatusCode.NotFound, []),
        // A social worker reads a review's record; only the IRO and the team manager write or correct it.
        new("review record", HttpMethod.Get, "/Children/{child}/Reviews/Record?date=2027-01-15", Need.View, HttpStatusCode.OK),
        new("correct a review", HttpMethod.Get, "/Children/{child}/Reviews/Record?date=2027-01-15&correct=true", Need.RecordReview, HttpStatusCode.OK),
        new("save a review", HttpMethod.Post, "/Children/{child}/Reviews/Record?date=2027-01-15", Need.RecordReview, HttpStatusCode.OK,
            new() { ["Form.Scores[0].Person"] = "child", ["Form.Scores[0].Score"] = "eleven" }),
        new("review letter preview", HttpMethod.Post, "/Children/{child}/Reviews/Record?date=2027-01-15&handler=Preview", Need.RecordReview, HttpStatusCode.OK, []),
        // A conference is recorded and signed on the review's pages, by the same people: its chair holds the IRO role.
        new("conference record", HttpMethod.Get, "/Children/{child}/Conferences/Record?date=2027-01-20", Need.View, HttpStatusCode.OK),
        new("correct a conference", HttpMethod.Get, "/Children/{child}/Conferences/Record?date=2027-01-20&correct=true", Need.RecordReview, HttpStatusCode.OK),
        new("save a conference", HttpMethod.Post, "/Children/{child}/Conferences/Record?date=2027-01-20", Need.RecordReview, HttpStatusCode.OK,
            new() { ["Form.Scores[0].Person"] = "child", ["Form.Scores[0].Score"] = "eleven" }),
        new("conference letter preview", HttpMethod.Post, "/Children/{child}/Conferences/Record?date=2027-01-20&handler=Preview", Need.RecordReview, HttpStatusCode.OK, []),
        // Maisie has no conference, so the one allowed finds none; everyone else is refused before looking (the
        // pages with a conference are tested in Conferences/ConferencePageTests).
        new("a conference", HttpMethod.Get, "/Children/{child}/Conferences/2027-01-20", Need.View, HttpStatusCode.NotFound),
        new("sign a conference", HttpMethod.Post, "/Children/{child}/Conferences/2027-01-20?handler=Sign", Need.SignReview, HttpStatusCode.NotFound, []),
        new("a conference's letters", HttpMethod.Get, "/Children/{child}/Conferences/2027-01-20/Letters", Need.SendLetters, HttpStatusCode.NotFound),
        new("add to a conference's list", HttpMethod.Post, "/Children/{child}/Conferences/2027-01-20/Letters?handler=Add", Need.SendLetters, HttpStatusCode.NotFound,
            new() { ["PersonId"] = "kelly", ["Route"] = "Email", ["Email"] = "" }),
        new("send a conference's letter", HttpMethod.Post, "/Children/{child}/Conferences/2027-01-20/Letters?handler=Send&recipient=00000000-0000-0000-0000-000000000001", Need.SendLetters, HttpStatusCode.NotFound, []),
        // A pathway plan is the social worker's and adviser's work with the young person: signing needs Change. Maisie
        // has none, so the one allowed finds none (Pathway/PathwayPlanPageTests has a plan).
        new("pathway plan", HttpMethod.Get, "/Children/{child}/PathwayPlan", Need.View, HttpStatusCode.NotFound),
        new("save a pathway plan", HttpMethod.Post, "/Children/{child}/PathwayPlan?handler=Save", Need.Change, HttpStatusCode.NotFound, new() { ["Form.AboutMe"] = "x" }),
        new("correct a pathway plan", HttpMethod.Get, "/Children/{child}/PathwayPlan?correct=true", Need.View, HttpStatusCode.NotFound),
        new("pathway plan preview", HttpMethod.Post, "/Children/{child}/PathwayPlan?handler=Preview", Need.Change, HttpStatusCode.NotFound, new() { ["Form.AboutMe"] = "x" }),
        new("a pathway plan's list", HttpMethod.Get, "/Children/{child}/PathwayPlan/2026-07-01/Letters", Need.Change, HttpStatusCode.NotFound),
        new("add to a pathway plan's list", HttpMethod.Post, "/Children/{child}/PathwayPlan/2026-07-01/Letters?handler=Add", Need.Change, HttpStatusCode.NotFound,
            new() { ["PersonId"] = "child", ["Route"] = "Post" }),
        new("send a pathway plan", HttpMethod.Post, "/Children/{child}/PathwayPlan/2026-07-01/Letters?handler=Send&recipient=00000000-0000-0000-0000-000000000001", Need.Change, HttpStatusCode.NotFound, []),
        new("take someone off a pathway plan's list", HttpMethod.Post, "/Children/{child}/PathwayPlan/2026-07-01/Letters?handler=Remove&recipient=00000000-0000-0000-0000-000000000001", Need.Change, HttpStatusCode.NotFound, []),
        new("sign a pathway plan", HttpMethod.Post, "/Children/{child}/PathwayPlan?handler=Sign", Need.Change, HttpStatusCode.NotFound, new() { ["by"] = "child" }),
        // Maisie is 8: whoever may change her record is told a plan waits until 15; nobody else learns even that.
        new("start a pathway plan", HttpMethod.Post, "/Children/{child}/PathwayPlan?handler=Start", Need.Change, HttpStatusCode.Conflict, []),
        // Another language, two languages and easy read are the same pages, asked with ?language=: the same access.
        new("a preview in two languages", HttpMethod.Get, "/Children/{child}/Documents/review-letter/child?language=en%2Bar", Need.Generate, HttpStatusCode.OK),
        new("a page in Arabic", HttpMethod.Get, "/Children/{child}/Documents/review-letter/child/Pages/1?language=ar", Need.View, HttpStatusCode.OK),
        new("an easy-read letter", HttpMethod.Get, "/Children/{child}/Documents/review-letter/parents/Download/pdf?language=easy-read", Need.Generate, HttpStatusCode.OK),
        new("change a line's language", HttpMethod.Post, "/Children/{child}/Reviews/2026-09-15/Letters?handler=Language&recipient=00000000-0000-0000-0000-000000000001", Need.SendLetters, HttpStatusCode.NotFound,
            new() { ["Language"] = "ar" }),
        new("a conference's outcome", HttpMethod.Get, "/Children/{child}/Documents/conference-outcome/parents/Download/pdf?date=2027-01-20", Need.Generate, HttpStatusCode.Redirect),
    ];

    private static readonly Dictionary<string, Need[]> Policy = new()
    {
        ["sam.social"] = [Need.View, Need.Change, Need.Generate, Need.Export],
        ["iris.iro"] = [Need.View, Need.Generate, Need.SendLetters, Need.RecordReview, Need.SignReview],
        ["ruth.manager"] = [Need.View, Need.Change, Need.Generate, Need.Export, Need.SignOff, Need.SeeAudit, Need.RecordReview],
        ["alex.admin"] = [],
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_each_role_When_it_calls_every_child_endpoint_Then_it_gets_exactly_what_the_policy_allows(string database)
    {
        var host = hosts.For(database);
        var children = await hosts.MatrixFor(database);
        var wrong = new List<string>();
        foreach (var (user, allowed) in Policy)
        {
            var session = await Session.SignInAsync(host, user);
            foreach (var endpoint in Endpoints)
            {
                foreach (var (which, child) in new[] { ("own", children.Own), ("other", children.Other) })
                {
                    var response = await SendAsync(session, endpoint, child);
                    var body = await response.Content.ReadAsStringAsync();
                    var expected = which == "other" || user == "alex.admin" ? HttpStatusCode.NotFound
                        : allowed.Contains(endpoint.Need) ? endpoint.WhenAllowed : HttpStatusCode.Forbidden;
                    if (response.StatusCode != expected) wrong.Add($"{user} {endpoint.Name} ({which}): {(int)response.StatusCode}, expected {(int)expected}");
                    if (body.Contains("Yusuf", StringComparison.Ordinal)) wrong.Add($"{user} {endpoint.Name} ({which}): the other child's name is in the response");
                    if (expected != endpoint.WhenAllowed && body.Contains("Maisie", StringComparison.Ordinal)) wrong.Add($"{user} {endpoint.Name} ({which}): refused, yet the child's name is in the response");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_no_sign_in_When_any_child_endpoint_is_called_Then_it_sends_the_visitor_to_sign_in(string database)
    {
        var host = hosts.For(database);
        var children = await hosts.MatrixFor(database);
        var client = host.Browser();
        foreach (var endpoint in Endpoints.Where(e => e.Method == HttpMethod.Get))
        {
            var response = await client.GetAsync(endpoint.Url.Replace("{child}", children.Own.ToString(), StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Accounts/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_each_role_When_it_opens_the_administrator_pages_Then_only_the_administrator_gets_in(string database)
    {
        var host = hosts.For(database);
        foreach (var user in Policy.Keys)
        {
            var session = await Session.SignInAsync(host, user);
            foreach (var page in new[] { "/Admin", "/Admin/AuditLog", "/Admin/Templates" })
            {
                var response = await session.GetAsync(page);
                Assert.Equal(user == "alex.admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_each_role_When_it_opens_the_review_dashboard_and_calendar_Then_only_IROs_and_managers_get_in_and_never_see_another_teams_child(string database)
    {
        var host = hosts.For(database);
        var children = await hosts.MatrixFor(database);
        foreach (var user in Policy.Keys)
        {
            var session = await Session.SignInAsync(host, user);
            foreach (var page in new[] { "/Reviews", "/Reviews/calendar.ics", "/Reviews/Letters" })
            {
                var response = await session.GetAsync(page);
                var body = await response.Content.ReadAsStringAsync();
                Assert.Equal(user is "iris.iro" or "ruth.manager" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
                // The demo team has its own Yusuf, so the other team's copy is looked for by its id.
                Assert.DoesNotContain(children.Other.ToString("N"), body, StringComparison.Ordinal);
                Assert.DoesNotContain(children.Other.ToString(), body, StringComparison.Ordinal);
            }
        }
        var anonymous = await host.Browser().GetAsync("/Reviews");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_each_role_When_it_lists_children_Then_it_sees_its_own_and_never_another_teams(string database)
    {
        var host = hosts.For(database);
        var children = await hosts.MatrixFor(database);
        foreach (var user in Policy.Keys.Where(u => u != "alex.admin"))
        {
            var session = await Session.SignInAsync(host, user);
            var list = await session.Client.GetStringAsync("/Children");
            Assert.Contains($"/Children/{children.Own}", list, StringComparison.Ordinal);
            Assert.DoesNotContain($"/Children/{children.Other}", list, StringComparison.Ordinal);
        }
        var admin = await Session.SignInAsync(host, "alex.admin");
        var adminList = await admin.Client.GetStringAsync("/Children");
        Assert.DoesNotContain("Maisie", adminList, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(Session session, Endpoint endpoint, Guid child)
    {
        var url = endpoint.Url.Replace("{child}", child.ToString(), StringComparison.Ordinal);
        if (endpoint.Method == HttpMethod.Get) return await session.GetAsync(url);
        // The form token belongs to the signed-in user, not to a page: the sign-out page gives everyone one.
        return await session.PostFormAsync("/Accounts/SignOut", url, new Dictionary<string, string>(endpoint.Form!));
    }
}
