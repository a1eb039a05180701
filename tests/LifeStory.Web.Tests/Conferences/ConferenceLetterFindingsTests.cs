using AngleSharp.Html.Parser;
using LifeStory.Web.Tests.Reviews.Recording;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Conferences;

/// <summary>
/// The chair types a safety goal in the professional record's words: the child's letter is redrawn, and the plain-words
/// check on that letter (reading level for Amira at 8) appears beside the very box the sentence came from.
/// </summary>
public sealed class ConferenceLetterFindingsTests
{
    private const string Hard = "Consistent supervision ensures appropriate developmental opportunities, educational attendance and nutritional adequacy, continuously evidenced through multiagency monitoring arrangements.";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_safety_goal_in_long_words_When_the_letter_preview_redraws_Then_its_reading_level_advice_sits_beside_that_goal(string database)
    {
        using var host = new WebHost(database, seed: false, clock: new FixedClock(RecordingCase.Now));
        var amira = await RecordingCase.CreateAsync(host, ConferenceCase.Yaml);
        var iris = await Session.SignInAsync(host, RecordingCase.Iro);
        var page = ConferenceCase.Record(amira.Child, ConferenceCase.Held);
        var fields = (await FormPage.OpenAsync(iris, page)).Fields();
        fields["Form.Worries[1].Goal"] = Hard;

        var request = new HttpRequestMessage(HttpMethod.Post, page + "&handler=Preview");
        fields["__RequestVerificationToken"] = await iris.TokenFromAsync(page);
        request.Content = new FormUrlEncodedContent(fields);
        request.Headers.Add("HX-Request", "true");
        var preview = new HtmlParser().ParseDocument(await (await iris.Client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains(Hard, preview.QuerySelector(".letter-preview")!.TextContent, StringComparison.Ordinal);
        var beside = preview.GetElementById("findings-review-worries-1-goal")!.TextContent;
        Assert.Contains("In the letter about the conference on 2026-06-10, \"Consistent supervision ensures appropriate developmental opportunities,", beside, StringComparison.Ordinal);
        Assert.Contains("may be hard for Amira, aged 8", beside, StringComparison.Ordinal);
        Assert.Equal("", preview.GetElementById("findings-review-worries-1-what")!.TextContent.Trim());
        Assert.Equal(ConferenceCase.Yaml, await amira.LatestYamlAsync(host));
    }
}
