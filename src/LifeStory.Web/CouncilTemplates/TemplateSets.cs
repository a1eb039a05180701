using System.Collections.Concurrent;
using System.Security.Cryptography;
using LifeStory.Cases.Model;
using LifeStory.Pipeline;
using LifeStory.Web.Accounts;
using LifeStory.Web.Audit;
using LifeStory.Web.Data;
using LifeStory.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LifeStory.Web.CouncilTemplates;

/// <summary>
/// A council's template sets: uploaded (and tried on the samples at once), put in use, and put back. Nothing is ever
/// deleted, so any wording the council used can be seen again and used again; every step is in the audit trail.
/// </summary>
public sealed class TemplateSets(LifeStoryDb db, FileStore files, AuditLog audit, LiveTemplates live, IMemoryCache cache, TimeProvider clock)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<byte[]>>>> PagesInFlight = new();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<TemplateSet>> AllAsync(CancellationToken cancel) =>
        await db.TemplateSets.AsNoTracking().OrderByDescending(s => s.Number).ToListAsync(cancel);

    public async Task<Guid?> LiveIdAsync(CancellationToken cancel)
    {
        var setting = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == LiveTemplates.SettingKey, cancel);
        return Guid.TryParse(setting?.Value, out var id) ? id : null;
    }

    public Task<TemplateSet?> FindAsync(int number, CancellationToken cancel) =>
        db.TemplateSets.AsNoTracking().SingleOrDefaultAsync(s => s.Number == number, cancel);

    /// <summary>Stores an uploaded zip as the next set, tried on the samples; the reason when it cannot be read.</summary>
    public async Task<(TemplateSet? Set, string? Problem)> UploadAsync(Stream zip, string? note, string actor, CancellationToken cancel)
    {
        var (read, problem) = TemplateZip.Read(zip);
        if (read is null) return (null, problem);
        var trial = TemplateTrial.Run(read, Today);
        // Stored as our own deterministic zip of the files we accepted: what is kept is exactly what was checked.
        var content = TemplateZip.Write(read);
        var number = (await db.TemplateSets.MaxAsync(s => (int?)s.Number, cancel) ?? 0) + 1;
        var set = new TemplateSet
        {
            Id = Guid.NewGuid(), Number = number, Note = note?.Trim() ?? "", UploadedBy = actor, UploadedAt = clock.GetUtcNow(),
            ContentHash = await files.PutAsync(content, cancel), Files = string.Join('\n', read.Select(f => f.Path)),
            Passed = trial.All(r => r.Made),
        };
        db.TemplateSets.Add(set);
        await db.SaveChangesAsync(cancel);
        cache.Set(TrialKey(set.Id), trial, Entry(TimeSpan.FromHours(1)));
        await audit.RecordAsync(actor, AuditActions.Templates, null,
            $"uploaded template set {number} ({read.Count} files, sha256 {Convert.ToHexStringLower(SHA256.HashData(content))}); {(set.Passed ? "tried on the samples without an error" : "errors on the samples")}", cancel);
        return (set, null);
    }

    /// <summary>What the set made of each sample document (tried again if the app has restarted since the upload).</summary>
    public async Task<IReadOnlyList<TrialRun>> TrialAsync(TemplateSet set, CancellationToken cancel)
    {
        if (cache.TryGetValue(TrialKey(set.Id), out IReadOnlyList<TrialRun>? known) && known is not null) return known;
        var trial = TemplateTrial.Run(await FilesOfAsync(set, cancel), Today);
        cache.Set(TrialKey(set.Id), trial, Entry(TimeSpan.FromHours(1)));
        return trial;
    }

    public async Task<IReadOnlyList<byte[]>> PagesAsync(TemplateSet set, string sample, Product product, Audience reader, CancellationToken cancel)
    {
        var key = $"template-pages:{set.Id}:{sample}:{product}:{reader}";
        if (cache.TryGetValue(key, out IReadOnlyList<byte[]>? known) && known is not null) return known;
        var templates = await FilesOfAsync(set, cancel);
        // A page of pictures asks for every page at once: one run draws them all, the other requests wait for it.
        var run = PagesInFlight.GetOrAdd(key, _ => new Lazy<Task<IReadOnlyList<byte[]>>>(() => Task.Run(() => TemplateTrial.Pages(templates, sample, product, reader, Today))));
        try
        {
            var pages = await run.Value.WaitAsync(cancel);
            cache.Set(key, pages, Entry(TimeSpan.FromMinutes(10)));
            return pages;
        }
        finally
        {
            PagesInFlight.TryRemove(key, out _);
        }
    }

    /// <summary>Puts a set in use (or, with null, the shipped templates). A set whose trial found an error never goes live.</summary>
    public async Task<string?> PutInUseAsync(TemplateSet? set, string actor, CancellationToken cancel)
    {
        if (set is { Passed: false }) return $"Set {set.Number} made errors on the sample children, so it cannot be used. Fix the templates and upload them again.";
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == LiveTemplates.SettingKey, cancel);
        var previous = Guid.TryParse(setting?.Value, out var id) ? await db.TemplateSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancel) : null;
        var value = set?.Id.ToString() ?? "";
        if (setting is null) db.Settings.Add(new Setting { Key = LiveTemplates.SettingKey, Value = value });
        else setting.Value = value;
        await db.SaveChangesAsync(cancel);
        live.Forget();
        await audit.RecordAsync(actor, AuditActions.Templates, null,
            $"put {(set is null ? "the shipped templates" : $"template set {set.Number}")} in use, instead of {(previous is null ? "the shipped templates" : $"set {previous.Number}")}", cancel);
        return null;
    }

    private async Task<IReadOnlyList<CaseFile>> FilesOfAsync(TemplateSet set, CancellationToken cancel)
    {
        var (read, problem) = TemplateZip.Read(new MemoryStream(await files.GetAsync(set.ContentHash, cancel)));
        return read ?? throw new InvalidOperationException($"Template set {set.Number} no longer reads: {problem}");
    }

    private static string TrialKey(Guid id) => $"template-trial:{id}";

    // The app's shared cache counts entries, not bytes; an administrator's preview is rare and short-lived.
    private static MemoryCacheEntryOptions Entry(TimeSpan idle) => new() { Size = 1, SlidingExpiration = idle };
}
