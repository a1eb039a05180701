using System.Net;
using System.Text.RegularExpressions;
using LifeStory.Web.Tests.Children;
using LifeStory.Web.Tests.Support;

namespace LifeStory.Web.Tests.Editing;

/// <summary>
/// The page being edited, shown beside the form as it will print: a save sent by htmx answers with the form and a
/// "saved" signal, and the panel then points at the new version's page; each reader gets their own version.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class EditPreviewTests(SharedHosts hosts)
{
    [Fact]
    public async Task Given_the_details_form_When_it_is_saved_through_htmx_Then_the_preview_shows_the_new_versions_page_without_a_reload()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var form = $"/Children/{child}/Edit/Child";
        var before = await PanelAsync(sam, child, "child");
        Assert.Matches($"^/Children/{child}/Book/child/Versions/1/Pages/\\d+$", before);

        var fields = (await FormPage.OpenAsync(sam, form)).Fields();
        fields["Values[child.favourite_colour]"] = "sea green";
        fields["__RequestVerificationToken"] = await sam.TokenFromAsync(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, form) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");
        var saved = await sam.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("lifestory-saved", Assert.Single(saved.Headers.GetValues("HX-Trigger")));
        var answer = FormPage.Parse(await saved.Content.ReadAsStringAsync()).Document;
        Assert.Contains("Saved as version 2.", answer.GetElementById("details-form")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("sea green", answer.GetElementById("field-child-favourite_colour")!.GetAttribute("value"));
        var after = await PanelAsync(sam, child, "child");
        Assert.Equal(before.Replace("/Versions/1/", "/Versions/2/", StringComparison.Ordinal), after);
        var oldPage = await sam.Client.GetByteArrayAsync(before);
        var newPage = await sam.Client.GetByteArrayAsync(after);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], newPage[..4]);
        Assert.NotEqual(oldPage, newPage);
    }

    [Fact]
    public async Task Given_a_school_hidden_from_parents_When_the_reader_is_switched_Then_the_parents_page_is_a_different_picture()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var forChild = await PanelAsync(sam, child, "child");
        var forParents = await PanelAsync(sam, child, "parents");

        Assert.Contains("/Book/parents/Versions/1/Pages/", forParents, StringComparison.Ordinal);
        Assert.NotEqual(await sam.Client.GetByteArrayAsync(forChild), await sam.Client.GetByteArrayAsync(forParents));
        var panel = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Preview?show=child&reader=parents");
        Assert.Contains("aria-pressed=\"true\"", Regex.Match(panel, "<button[^>]*>Parents").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_story_section_When_its_preview_is_asked_for_Then_it_is_the_page_its_heading_starts_on()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var about = await PanelAsync(sam, child, "child");
        var story = await PanelAsync(sam, child, "child", "story:why-i-live-with-jo-and-sam");

        Assert.True(PageOf(story) > PageOf(about), $"{story} should come after {about}");
        var book = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Book/child");
        var thumbnails = ImageSources().Matches(book).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(story, thumbnails);
        Assert.Equal(Enumerable.Range(1, thumbnails.Count).Select(n => $"/Children/{child}/Book/child/Versions/1/Pages/{n}"), thumbnails);
        Assert.True(thumbnails.Count >= 20, $"Maisie's book has {thumbnails.Count} pages");
        Assert.Equal(thumbnails.Count, Regex.Matches(book, "loading=\"lazy\"").Count);
    }

    [Fact]
    public async Task Given_a_list_When_its_page_is_opened_Then_the_panel_beside_it_shows_the_page_its_chapter_starts_on()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));

        var list = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Homes");
        var homes = await PanelAsync(sam, child, "child", "list:homes");
        var about = await PanelAsync(sam, child, "child");

        Assert.Contains(WebUtility.HtmlEncode($"/Children/{child}/Edit/Preview?show=list%3Ahomes&reader=child"), list, StringComparison.Ordinal);
        var item = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Homes/0");
        Assert.Contains(WebUtility.HtmlEncode($"/Children/{child}/Edit/Preview?show=list%3Ahomes&reader=child"), item, StringComparison.Ordinal);
        Assert.True(PageOf(homes) > PageOf(about), $"{homes} should come after {about}");
        var page = await sam.Client.GetByteArrayAsync($"/Children/{child}/Documents/book/child/Download/pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(page);
        Assert.Contains("Places I have lived", pdf.GetPage(PageOf(homes)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_preview_that_drew_one_page_When_the_other_pages_are_looked_at_Then_each_is_drawn_from_the_kept_layout_exactly_as_a_whole_run_draws_it()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var shown = await PanelAsync(sam, child, "child", "story:why-i-live-with-jo-and-sam");
        var book = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Book/child");
        var thumbnails = ImageSources().Matches(book).Select(m => m.Groups[1].Value).ToList();

        // Asked for out of order and at once, as a browser scrolling the whole-book view does.
        var onDemand = await Task.WhenAll(thumbnails.AsEnumerable().Reverse().Select(url => sam.Client.GetByteArrayAsync(url)));
        Array.Reverse(onDemand);
        var wholeRun = await Task.WhenAll(Enumerable.Range(1, thumbnails.Count)
            .Select(n => sam.Client.GetByteArrayAsync($"/Children/{child}/Documents/book/child/Pages/{n}")));

        Assert.Contains(shown, thumbnails);
        for (var n = 0; n < thumbnails.Count; n++)
            Assert.True(onDemand[n].AsSpan().SequenceEqual(wholeRun[n]), $"page {n + 1} drawn on demand differs from the whole run's");
        Assert.Equal(thumbnails.Count, onDemand.Select(Convert.ToBase64String).Distinct().Count());
    }

    [Fact]
    public async Task Given_the_photos_page_When_a_photos_page_is_asked_for_Then_the_panel_shows_the_page_that_prints_it_and_says_when_a_reader_has_none()
    {
        var sam = await Session.SignInAsync(hosts.For(Databases.Sqlite), "sam.social");
        var child = await ImportExportTests.ImportNewAsync(sam, Samples.Zip("maisie"));
        var photos = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Photos");
        var house = $"/Children/{child}/Edit/Preview?show={Uri.EscapeDataString("picture:photos/jo-and-sams-house.jpg")}&reader=child";
        Assert.Contains(WebUtility.HtmlEncode(house), photos, StringComparison.Ordinal);

        var shown = await PanelAsync(sam, child, "child", "picture:photos/jo-and-sams-house.jpg");
        var pdf = UglyToad.PdfPig.PdfDocument.Open(await sam.Client.GetByteArrayAsync($"/Children/{child}/Documents/book/child/Download/pdf"));
        using (pdf)
        {
            var first = Enumerable.Range(1, pdf.NumberOfPages).First(n => pdf.GetPage(n).Text.Contains("Jo is waving at the front door", StringComparison.Ordinal));
            Assert.Equal(first, PageOf(shown));
        }
        var forParents = await sam.Client.GetStringAsync($"/Children/{child}/Edit/Preview?show={Uri.EscapeDataString("picture:photos/jo-and-sams-house.jpg")}&reader=parents");
        Assert.Contains("This picture is not in the", forParents, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", forParents, StringComparison.Ordinal);
        var unknown = await sam.Client.GetAsync($"/Children/{child}/Edit/Preview?show={Uri.EscapeDataString("picture:photos/not-in-the-case.jpg")}&reader=child");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>The panel's page picture, as the browser would ask for it after htmx swapped the panel in.</summary>
    public static async Task<string> PanelAsync(Session session, Guid child, string reader, string show = "child")
    {
        var panel = await session.Client.GetStringAsync($"/Children/{child}/Edit/Preview?show={Uri.EscapeDataString(show)}&reader={reader}");
        Assert.Contains("hx-trigger=\"lifestory-saved from:body\"", panel, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(ImageSources().Match(panel).Groups[1].Value);
    }

    private static int PageOf(string url) => int.Parse(url[(url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<img[^>]* src=\"([^\"]+)\"")]
    private static partial Regex ImageSources();
}
