using System.Text;
using LifeStory.Web.Accounts;
using LifeStory.Web.Children;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using LifeStory.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Reviews.Sending;

/// <summary>
/// Maisie (the sample) with her last review moved to Tuesday 24 November 2026 and signed by Mark on the 26th, imported
/// by the demo social worker and allocated to the demo IRO, on an app whose mail relay is the test's
/// <see cref="SmtpSink"/> and whose clock says Monday 30 November 2026 — after every date in her case, and inside the
/// review's record timescale, so the dashboard lists its letter. Her review of 17 March is not signed.
/// </summary>
public sealed record SendingCase(WebHost Host, SmtpSink Sink, Guid Child) : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public const string Iro = "iris.iro";
    public const string Signed = "2026-11-24";
    public const string Unsigned = "2026-03-17";

    private const string LastReviewEnd = "    next_review: 2027-03-09\n    iro: mark\n";

    /// <param name="mail">Point the app at the sink; false leaves the mail relay unset, as on a server nobody has set it up on.</param>
    public static async Task<SendingCase> CreateAsync(string database, bool mail = true)
    {
        var sink = new SmtpSink();
        var host = new WebHost(database, settings: mail ? sink.Settings() : null, clock: new FixedClock(Now));
        var child = await ImportAsync(host);
        return new SendingCase(host, sink, child);
    }

    /// <summary>Maisie with her last review signed, imported by the demo social worker and allocated to the demo IRO.</summary>
    public static Task<Guid> ImportAsync(WebHost host) => host.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LifeStoryDb>();
        var users = s.GetRequiredService<UserManager<Account>>();
        var imports = s.GetRequiredService<ChildImports>();
        var sam = await users.FindByNameAsync("sam.social") ?? throw new InvalidOperationException("no demo social worker");
        var iris = await users.FindByNameAsync(Iro) ?? throw new InvalidOperationException("no demo IRO");
        var outcome = CaseChecks.Run(WithCaseYaml(Samples.Folder("maisie"), Sign), imports.Today);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join('\n', outcome.Findings));
        var made = await imports.CreateAsync(sam, sam.TeamId!.Value, outcome, CancellationToken.None);
        db.Allocations.Add(new Allocation { AccountId = iris.Id, ChildId = made.Id });
        await db.SaveChangesAsync();
        return made.Id;
    });

    public string LettersUrl(string date = Signed) => $"/Children/{Child}/Reviews/{date}/Letters";

    /// <summary>A new revision in which Mark signs a correction to the review of 24 November.</summary>
    public Task CorrectAsync() => ReviseAsync(yaml => yaml
        .Replace("      - { by: mark, date: 2026-11-26 }\n", "      - { by: mark, date: 2026-11-26 }\n      - { by: mark, date: 2026-11-27, changed: Sam's score was missing }\n", StringComparison.Ordinal),
        "Mark's correction");

    /// <summary>A new revision in which Kelly, Maisie's birth mum, needs her letters in easy read (`needs: [easy_read]`).</summary>
    public Task KellyNeedsEasyReadAsync() => ReviseAsync(Documents.Languages.LanguageChild.KellyNeedsEasyRead, "Kelly needs easy read");

    /// <summary>A new revision of the signed sample, changed by <paramref name="change"/>, saved by the demo social worker.</summary>
    private Task ReviseAsync(Func<string, string> change, string note) => Host.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LifeStoryDb>();
        var revisions = s.GetRequiredService<RevisionStore>();
        var imports = s.GetRequiredService<ChildImports>();
        var sam = await s.GetRequiredService<UserManager<Account>>().FindByNameAsync("sam.social");
        var outcome = CaseChecks.Run(WithCaseYaml(Samples.Folder("maisie"), yaml => change(Sign(yaml))), imports.Today);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join('\n', outcome.Findings));
        var child = await db.Children.SingleAsync(c => c.Id == Child);
        await revisions.AddAsync(child, outcome.Ready!, outcome.PreferredName, sam!.Id, note, CancellationToken.None);
        return true;
    });

    /// <summary>
    /// The sample's reviews are both signed (they are examples of good practice): here the March one is not, and the
    /// September one is moved to 24 November and signed on the 26th.
    /// </summary>
    private static string Sign(string yaml)
    {
        const string March = "    signed:\n      - { by: mark, date: 2026-03-24 }\n";
        const string September = "    signed:\n      - { by: mark, date: 2026-09-18 }\n";
        if (!yaml.Contains(LastReviewEnd + September, StringComparison.Ordinal) || !yaml.Contains(March, StringComparison.Ordinal)
            || !yaml.Contains("  - date: 2026-09-15\n", StringComparison.Ordinal))
            throw new InvalidOperationException("The sample's reviews have changed: update SendingCase.");
        return yaml.Replace(March, "", StringComparison.Ordinal)
            .Replace("  - date: 2026-09-15\n", "  - date: 2026-11-24\n", StringComparison.Ordinal)
            .Replace(LastReviewEnd + September, LastReviewEnd + "    signed:\n      - { by: mark, date: 2026-11-26 }\n", StringComparison.Ordinal);
    }

    private static CaseFolderContents WithCaseYaml(CaseFolderContents folder, Func<string, string> change) =>
        new(folder.Files.Select(f => f.Path == "case.yaml" ? new CaseFile("case.yaml", Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(f.Content).Replace("\r\n", "\n", StringComparison.Ordinal)))) : f).ToList());

    public void Dispose()
    {
        Host.Dispose();
        Sink.Dispose();
    }
}
