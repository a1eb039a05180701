using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifeStory.Web.Tests.Audit;

/// <summary>
/// What the chain alone cannot show, the checkpoint outside the database does: rows removed from the end, and a chain
/// rewritten by someone who can write to the database. A checkpoint that is missing or forged is itself a warning.
/// </summary>
public sealed class AuditAnchorTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_five_entries_When_the_last_two_are_deleted_Then_their_removal_from_the_end_is_named(string database)
    {
        using var host = await HostWithFiveEntriesAsync(database);

        await ExecuteAsync(host, "DELETE FROM \"AuditEntries\" WHERE \"Id\" > 3");

        var check = await CheckAsync(host);
        Assert.Equal(4, check.FirstBrokenRow);
        Assert.Equal("Entries 4 to 5 have been removed from the end of the audit log.", check.Explanation);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Given_five_entries_When_one_is_changed_and_every_hash_after_it_recomputed_Then_the_rewrite_is_found(string database)
    {
        using var host = await HostWithFiveEntriesAsync(database);

        await ExecuteAsync(host, "UPDATE \"AuditEntries\" SET \"Detail\" = 'nothing to see' WHERE \"Id\" = 3");
        await host.WithScopeAsync(async s =>
        {
            // What someone with the database but not the key can do: a chain that is whole again, row by row.
            var db = s.GetRequiredService<LifeStoryDb>();
            var rows = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].PreviousHash = i == 0 ? AuditChain.Start : rows[i - 1].Hash;
                rows[i].Hash = AuditChain.HashOf(rows[i]);
            }
            return await db.SaveChangesAsync();
        });

        var check = await CheckAsync(host);
        Assert.Equal(5, check.FirstBrokenRow);
        Assert.Equal("The audit log has been rewritten: entry 5 no longer matches the checkpoint kept outside the database.", check.Explanation);
    }

    [Fact]
    public async Task Given_a_whole_log_When_entries_are_added_Then_the_checkpoint_follows_the_last_one_and_the_log_is_complete()
    {
        using var host = await HostWithFiveEntriesAsync(Databases.Sqlite);

        var check = await CheckAsync(host);
        var reading = host.Services.GetRequiredService<AuditAnchor>().Read();

        Assert.True(check.Intact, check.Explanation);
        Assert.Equal(5, reading.Id);
        Assert.Null(reading.Problem);
    }

    [Fact]
    public async Task Given_the_checkpoint_deleted_with_the_log_cut_short_When_checked_Then_the_log_cannot_be_vouched_for()
    {
        using var host = await HostWithFiveEntriesAsync(Databases.Sqlite);
        await ExecuteAsync(host, "DELETE FROM \"AuditEntries\" WHERE \"Id\" > 3");
        var anchor = host.Services.GetRequiredService<AuditAnchor>();
        File.Delete(anchor.FilePath);

        var check = await CheckAsync(host);

        Assert.Equal(3, check.FirstBrokenRow);
        Assert.Equal($"The audit log cannot be vouched for: the checkpoint kept outside the database ({anchor.FilePath}) is missing.", check.Explanation);
    }

    [Fact]
    public async Task Given_a_checkpoint_moved_back_by_hand_When_checked_Then_its_seal_does_not_match()
    {
        using var host = await HostWithFiveEntriesAsync(Databases.Sqlite);
        await ExecuteAsync(host, "DELETE FROM \"AuditEntries\" WHERE \"Id\" > 3");
        var anchor = host.Services.GetRequiredService<AuditAnchor>();
        var row3 = await host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().AuditEntries.AsNoTracking().SingleAsync(e => e.Id == 3));
        var parts = File.ReadAllText(anchor.FilePath).Trim().Split(' ');
        // The checkpoint edited to name row 3 and its real hash, keeping the seal of row 5: the seal gives it away.
        File.WriteAllText(anchor.FilePath, string.Join(' ', parts[0], parts[1], "3", row3.Hash, parts[4]) + "\n");

        var check = await CheckAsync(host);

        Assert.False(check.Intact);
        Assert.Contains("does not carry this app's seal", check.Explanation, StringComparison.Ordinal);
    }

    private static async Task<WebHost> HostWithFiveEntriesAsync(string database)
    {
        var host = new WebHost(database, seed: false);
        await host.WithScopeAsync(async s =>
        {
            var log = s.GetRequiredService<AuditLog>();
            for (var i = 0; i < 5; i++) await log.RecordAsync("someone", AuditActions.View, null, $"entry {i}");
            return 0;
        });
        return host;
    }

    private static Task<AuditCheck> CheckAsync(WebHost host) => host.WithScopeAsync(s => s.GetRequiredService<AuditLog>().CheckAsync());

    private static Task<int> ExecuteAsync(WebHost host, string sql) =>
        host.WithScopeAsync(s => s.GetRequiredService<LifeStoryDb>().Database.ExecuteSqlRawAsync(sql));
}
