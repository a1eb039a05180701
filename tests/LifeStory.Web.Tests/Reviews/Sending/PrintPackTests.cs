using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LifeStory.Web.Audit;
using LifeStory.Web.Tests.Support;
using MimeKit;

namespace LifeStory.Web.Tests.Reviews.Sending;

/// <summary>The week's letters: one batch emails the email copies and puts the post copies into one print pack, read back with PdfPig.</summary>
public sealed partial class PrintPackTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_signed_letters_waiting_When_the_IRO_makes_them_all_Then_emails_go_and_the_print_pack_has_a_cover_then_each_readers_letter(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        await SendingTests.AddAsync(c, iris, new() { ["PersonId"] = "child", ["Route"] = "Post" });
        await SendingTests.AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Post", ["Address"] = "1 Example Road\nLeeds\nLS2 9ZZ" });
        await SendingTests.AddAsync(c, iris, new() { ["PersonId"] = "jo", ["Route"] = "Email", ["Email"] = "jo.patel@example.org" });
        // On the unsigned review's list too, which is not final, so not waiting.
        await SendingTests.AddAsync(c, iris, new() { ["PersonId"] = "sam", ["Route"] = "Email", ["Email"] = "sam.patel@example.org" }, SendingCase.Unsigned);
        Assert.Contains("Make and send all 3", await iris.Client.GetStringAsync("/Reviews/Letters"), StringComparison.Ordinal);

        var started = await iris.PostFormAsync("/Reviews/Letters", "/Reviews/Letters?handler=Start", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var job = JobId().Match(started.Headers.Location!.OriginalString).Groups[1].Value;
        var progress = await UntilDoneAsync(iris, job);

        Assert.Contains("1 emailed, 2 in the print pack.", progress, StringComparison.Ordinal);
        var (_, to, message) = Assert.Single(c.Sink.Received);
        Assert.Equal(["jo.patel@example.org"], to);
        var packResponse = await iris.GetAsync($"/Reviews/Letters?handler=Pack&job={job}");
        Assert.Equal("application/pdf", packResponse.Content.Headers.ContentType!.MediaType);
        var pack = await packResponse.Content.ReadAsByteArrayAsync();
        var pages = PdfPages.Read(pack);

        // Maisie's cover: her name, no address, then her letter; then Kelly's cover with the address, then the parents' letter.
        var maisieLetterPages = PagesSaid(pages[0]);
        Assert.StartsWith("For Maisie", pages[0], StringComparison.Ordinal);
        Assert.Contains("Give this letter by hand.", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Post to", pages[0], StringComparison.Ordinal);
        Assert.Contains("child's version of the letter after the review meeting on 24 November 2026", Flat(pages[0]), StringComparison.Ordinal);
        var kellyCover = 1 + maisieLetterPages;
        Assert.StartsWith("For Kelly Clarke", pages[kellyCover], StringComparison.Ordinal);
        Assert.Contains("Post to:\n1 Example Road\nLeeds\nLS2 9ZZ", pages[kellyCover], StringComparison.Ordinal);
        Assert.Contains("parents' version", Flat(pages[kellyCover]), StringComparison.Ordinal);
        Assert.Equal(kellyCover + 1 + PagesSaid(pages[kellyCover]), pages.Count);
        var maisieLetter = string.Join("\n", pages.Skip(1).Take(maisieLetterPages));
        var kellyLetter = string.Join("\n", pages.Skip(kellyCover + 1));
        Assert.Contains("Dear Maisie", maisieLetter, StringComparison.Ordinal);
        Assert.Contains("Dear Maisie", kellyLetter, StringComparison.Ordinal);
        // No address in the child's letter; nothing hidden from the parents (her teacher, her school) in theirs.
        foreach (var address in new[] { "Example Road", "LS2 9ZZ", "Willow Terrace" }) Assert.DoesNotContain(address, maisieLetter, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Lewis", "Oakfield", "Willow Terrace" }) Assert.DoesNotContain(hidden, kellyLetter, StringComparison.Ordinal);

        // Each copy audited: the posted ones with the pack's hash and their pages in it, the emailed one with its attachment's.
        var packHash = Convert.ToHexStringLower(SHA256.HashData(pack));
        using var attached = new MemoryStream();
        await message.Attachments.OfType<MimePart>().Single().Content!.DecodeToAsync(attached);
        var sent = (await SendingTests.AuditAsync(c, AuditActions.Send)).Select(a => a.Detail).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([
            $"review of 2026-11-24: carers' version to jo by email, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(attached.ToArray()))}",
            $"review of 2026-11-24: child's version to the child by post in the print pack (pages 1-{kellyCover}), SHA-256 {packHash}",
            $"review of 2026-11-24: parents' version to kelly by post in the print pack (pages {kellyCover + 1}-{pages.Count}), SHA-256 {packHash}",
        ], sent);
        Assert.Equal([$"print pack of 2 review letters, SHA-256 {packHash}"],
            (await SendingTests.AuditAsync(c, AuditActions.Download)).Where(a => a.Actor == SendingCase.Iro).Select(a => a.Detail));
        Assert.Contains("No signed letter is waiting to be sent.", await iris.Client.GetStringAsync("/Reviews/Letters"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_copies_in_two_languages_and_easy_read_When_the_print_pack_is_made_Then_each_copy_is_in_its_readers_words(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        await c.KellyNeedsEasyReadAsync();
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        await SendingTests.AddAsync(c, iris, new() { ["PersonId"] = "child", ["Language"] = "en+ar", ["Route"] = "Post" });
        await SendingTests.AddAsync(c, iris, new() { ["PersonId"] = "kelly", ["Route"] = "Post", ["Address"] = "1 Example Road\nLeeds\nLS2 9ZZ" });

        var started = await iris.PostFormAsync("/Reviews/Letters", "/Reviews/Letters?handler=Start", []);
        var job = JobId().Match(started.Headers.Location!.OriginalString).Groups[1].Value;
        Assert.Contains("0 emailed, 2 in the print pack.", await UntilDoneAsync(iris, job), StringComparison.Ordinal);
        var pack = await iris.Client.GetByteArrayAsync($"/Reviews/Letters?handler=Pack&job={job}");
        var pages = PdfPages.Read(pack);

        var kellyCover = 1 + PagesSaid(pages[0]);
        var maisieLetter = string.Join("\n", pages.Skip(1).Take(kellyCover - 1));
        var kellyLetter = string.Join("\n", pages.Skip(kellyCover + 1));
        // Maisie's copy: English, then the same part in Arabic, every page marked as an unchecked translation.
        Assert.Contains("Dear Maisie", maisieLetter, StringComparison.Ordinal);
        Assert.All(pages.Skip(1).Take(kellyCover - 1), page => Assert.Contains(LifeStory.Pipeline.CasePipeline.NotCheckedWords, page, StringComparison.Ordinal));
        Assert.StartsWith("For Kelly Clarke", pages[kellyCover], StringComparison.Ordinal);
        Assert.StartsWith("About Maisie's meeting\nHello Kelly,", kellyLetter, StringComparison.Ordinal);
        var packHash = Convert.ToHexStringLower(SHA256.HashData(pack));
        Assert.Equal([
            $"review of 2026-11-24: child's version in English and Arabic (ar) to the child by post in the print pack (pages 1-{kellyCover}), SHA-256 {packHash}",
            $"review of 2026-11-24: parents' version in easy read to kelly by post in the print pack (pages {kellyCover + 1}-{pages.Count}), SHA-256 {packHash}",
        ], (await SendingTests.AuditAsync(c, AuditActions.Send)).Select(a => a.Detail).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_someone_elses_batch_When_its_progress_or_pack_is_asked_for_Then_there_is_nothing_there(string database)
    {
        using var c = await SendingCase.CreateAsync(database);
        var iris = await Session.SignInAsync(c.Host, SendingCase.Iro);
        await SendingTests.AddAsync(c, iris, new() { ["PersonId"] = "child", ["Route"] = "Post" });
        var started = await iris.PostFormAsync("/Reviews/Letters", "/Reviews/Letters?handler=Start", []);
        var job = JobId().Match(started.Headers.Location!.OriginalString).Groups[1].Value;
        await UntilDoneAsync(iris, job);

        var ruth = await Session.SignInAsync(c.Host, "ruth.manager");
        Assert.Equal(HttpStatusCode.NotFound, (await ruth.GetAsync($"/Reviews/Letters?handler=Progress&job={job}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ruth.GetAsync($"/Reviews/Letters?handler=Pack&job={job}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ruth.GetAsync($"/Reviews/Letters?job={job}")).StatusCode);
        // A manager sends no letters, so none wait for her.
        Assert.Contains("No signed letter is waiting to be sent.", await ruth.Client.GetStringAsync("/Reviews/Letters"), StringComparison.Ordinal);
    }

    /// <summary>Polls the progress panel as htmx does, until the batch says it is done.</summary>
    internal static async Task<string> UntilDoneAsync(Session session, string job)
    {
        var until = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var panel = await session.Client.GetStringAsync($"/Reviews/Letters?handler=Progress&job={job}");
            if (panel.Contains("<h2>Done</h2>", StringComparison.Ordinal)) return panel;
            Assert.Contains("<progress", panel, StringComparison.Ordinal);
            if (DateTime.UtcNow > until) Assert.Fail("The batch did not finish in 5 minutes: " + panel);
            await Task.Delay(250);
        }
    }

    private static string Flat(string page) => page.Replace('\n', ' ');

    /// <summary>The number of letter pages a cover sheet says follow it.</summary>
    private static int PagesSaid(string cover) => int.Parse(PagesCount().Match(Flat(cover)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"job=([0-9a-f-]{36})")]
    private static partial Regex JobId();

    [GeneratedRegex(@"It has (\d+) pages?")]
    private static partial Regex PagesCount();
}
