using System.Net;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Audit;

/// <summary>Sign-ins, views, downloads and refusals land in the audit trail; the manager reads it; tampering shows.</summary>
public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_a_social_workers_session_When_the_manager_opens_the_childs_trail_Then_it_lists_her_sign_in_view_and_download(string database)
    {
        using var host = new WebHost(database);
        var child = await ChildNamedAsync(host, "Maisie");
        var sam = await Session.SignInAsync(host, "sam.social");
        await sam.GetAsync($"/Children/{child}");
        await sam.GetAsync($"/Children/{child}/Documents/review-letter/carers/Download/html");
        await sam.GetAsync($"/Children/{child}/Audit"); // not hers to read: refused, and recorded
        var stranger = new Session(host.Browser());
        await stranger.PostFormAsync("/Accounts/SignIn", "/Accounts/SignIn", new() { ["UserName"] = "sam.social", ["Password"] = "not her password" });

        var ruth = await Session.SignInAsync(host, "ruth.manager");
        var trail = await ruth.Client.GetStringAsync($"/Children/{child}/Audit");

        Assert.Contains("sam.social", trail, StringComparison.Ordinal);
        Assert.Contains(AuditActions.View, trail, StringComparison.Ordinal);
        Assert.Contains("review-letter for carers, html", trail, StringComparison.Ordinal);
        Assert.Contains(AuditActions.Denied, trail, StringComparison.Ordinal);
        Assert.Contains("The trail is complete", trail, StringComparison.Ordinal);
        var everything = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.SignIn, everything);
        Assert.Contains(AuditActions.SignInFailed, everything);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_an_intact_log_When_a_row_is_changed_or_removed_Then_the_chain_names_the_first_broken_row(string database)
    {
        using var host = new WebHost(database, seed: false);
        await host.WithScopeAsync(async s =>
        {
            var log = s.GetRequiredService<AuditLog>();
            for (var i = 0; i < 5; i++) await log.RecordAsync("someone", AuditActions.View, null, $"entry {i}");
            return 0;
        });
        Assert.Null(await FirstBrokenAsync(host));

        await ExecuteAsync(host, "UPDATE \"AuditEntries\" SET \"Detail\" = 'nothing to see' WHERE \"Id\" = 3");
        Assert.Equal(3, await FirstBrokenAsync(host));

        // Changing a row and recomputing its own hash still breaks the next row, whose hash covers it.
        var three = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries.AsNoTracking().SingleAsync(e => e.Id == 3));
        await ExecuteAsync(host, $"UPDATE \"AuditEntries\" SET \"Hash\" = '{AuditChain.HashOf(three)}' WHERE \"Id\" = 3");
        Assert.Equal(4, await FirstBrokenAsync(host));
    }

    [Fact]
    public async Task Given_a_row_removed_from_the_middle_When_the_chain_is_checked_Then_the_gap_is_found_and_the_administrator_is_warned()
    {
        using var host = new WebHost(Databases.Sqlite);
        await Session.SignInAsync(host, "sam.social");
        var admin = await Session.SignInAsync(host, "alex.admin");
        Assert.Contains("The audit log is complete", await admin.Client.GetStringAsync("/Admin"), StringComparison.Ordinal);

        await ExecuteAsync(host, "DELETE FROM \"AuditEntries\" WHERE \"Id\" = 2");

        // The missing row itself is named, not the row after the gap.
        Assert.Equal(2, await FirstBrokenAsync(host));
        var page = await admin.Client.GetStringAsync("/Admin");
        Assert.Contains("the audit log has been changed", page, StringComparison.Ordinal);
        Assert.Contains("Entry 2 of the audit log has been changed or removed.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_administrator_When_the_log_is_exported_Then_every_row_comes_with_its_hashes_and_no_child_name()
    {
        using var host = new WebHost(Databases.Sqlite);
        var admin = await Session.SignInAsync(host, "alex.admin");
        var response = await admin.GetAsync("/Admin/AuditLog");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var rows = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("id,at_utc,actor,child,action,detail,previous_hash,hash", rows[0]);
        var count = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries.CountAsync());
        Assert.Equal(count, rows.Length - 1); // the export records itself first, so it is in the file too
        Assert.Contains(rows, r => r.Contains(",import,", StringComparison.Ordinal));
        Assert.DoesNotContain("Maisie", csv, StringComparison.Ordinal);
    }

    public static Task<Guid> ChildNamedAsync(WebHost host, string name) => host.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<LifeStoryDb>();
        var revisions = s.GetRequiredService<LifeStory.Web.Children.RevisionStore>();
        var children = await db.Children.AsNoTracking().ToListAsync();
        return children.First(c => revisions.NameOf(c) == name).Id;
    });

    private static Task<long?> FirstBrokenAsync(WebHost host) => host.WithScopeAsync(s => s.GetRequiredService<AuditLog>().FirstBrokenRowAsync());

    private static Task<int> ExecuteAsync(WebHost host, string sql) =>
        host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().Database.ExecuteSqlRawAsync(sql));
}
