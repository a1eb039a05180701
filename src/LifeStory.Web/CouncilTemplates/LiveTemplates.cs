using LifeStory.Web.Accounts;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.CouncilTemplates;

/// <summary>
/// Which council template set is live, read from the database at most every few seconds (so every server running the
/// app follows a switch), with the live set's files written once to a private folder the pipeline reads as --templates.
/// </summary>
public sealed class LiveTemplates(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>The setting naming the live set's id; absent or empty means the shipped templates.</summary>
    public const string SettingKey = "live-templates";

    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim gate = new(1, 1);
    // Folders of sets that were live: a document being made may still read one, so they go only when the app stops.
    private readonly List<TempCaseFolder> written = [];
    private TemplatesInUse current = TemplatesInUse.Shipped;
    private DateTimeOffset checkedAt = DateTimeOffset.MinValue;

    public async Task<TemplatesInUse> CurrentAsync(CancellationToken cancel = default)
    {
        if (clock.GetUtcNow() - checkedAt < Freshness) return current;
        await gate.WaitAsync(cancel);
        try
        {
            if (clock.GetUtcNow() - checkedAt < Freshness) return current;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LifeStoryDb>();
            var setting = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == SettingKey, cancel);
            Guid? live = Guid.TryParse(setting?.Value, out var id) ? id : null;
            if (live != current.SetId) current = live is { } setId ? await WriteAsync(scope.ServiceProvider, setId, cancel) : TemplatesInUse.Shipped;
            checkedAt = clock.GetUtcNow();
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>After a switch on this server: the next request reads the setting again rather than waiting.</summary>
    public void Forget() => checkedAt = DateTimeOffset.MinValue;

    private async Task<TemplatesInUse> WriteAsync(IServiceProvider services, Guid setId, CancellationToken cancel)
    {
        var db = services.GetRequiredService<LifeStoryDb>();
        var set = await db.TemplateSets.AsNoTracking().SingleAsync(s => s.Id == setId, cancel);
        var zip = await services.GetRequiredService<FileStore>().GetAsync(set.ContentHash, cancel);
        var (files, problem) = TemplateZip.Read(new MemoryStream(zip));
        if (files is null) throw new InvalidOperationException($"The live template set {set.Number} no longer reads: {problem}");
        var folder = TempCaseFolder.Write(new CaseFolderContents(files));
        written.Add(folder);
        return new TemplatesInUse(setId, folder.CaseFolder);
    }

    public void Dispose()
    {
        foreach (var folder in written) folder.Dispose();
        gate.Dispose();
    }
}
