using LifeStory.Web.Accounts;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Editing.Drafts;
using LifeStory.Web.Reviews.Sending;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Data;

/// <summary>
/// The app's database. Each provider has its own subclass and its own migrations (<see cref="SqliteDb"/>,
/// <see cref="PostgresDb"/>): Identity's tables use booleans and timestamps, whose column types differ between
/// SQLite and PostgreSQL, so one shared set would need hand-edited types on every migration.
/// </summary>
public abstract class LifeStoryDb(DbContextOptions options) : IdentityDbContext<Account>(options)
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<ChildRecord> Children => Set<ChildRecord>();

    public DbSet<CaseRevision> Revisions => Set<CaseRevision>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<TemplateSet> TemplateSets => Set<TemplateSet>();

    public DbSet<Draft> Drafts => Set<Draft>();

    public DbSet<LetterRecipient> LetterRecipients => Set<LetterRecipient>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Account>().Property(a => a.DisplayName).HasMaxLength(200);
        builder.Entity<Team>().Property(t => t.Name).HasMaxLength(200);
        builder.Entity<Allocation>().HasIndex(a => new { a.AccountId, a.ChildId }).IsUnique();
        builder.Entity<Allocation>().HasIndex(a => a.ChildId);
        builder.Entity<Setting>().HasKey(s => s.Key);
        builder.Entity<Setting>().Property(s => s.Key).HasMaxLength(100);
        builder.Entity<ChildRecord>().HasIndex(c => c.TeamId);
        builder.Entity<CaseRevision>().HasIndex(r => new { r.ChildId, r.Number }).IsUnique();
        builder.Entity<CaseRevision>().Property(r => r.Note).HasMaxLength(500);
        builder.Entity<StoredFile>().HasKey(f => f.Hash);
        builder.Entity<StoredFile>().Property(f => f.Hash).HasMaxLength(64);
        builder.Entity<AuditEntry>().Property(e => e.Id).ValueGeneratedNever();
        builder.Entity<AuditEntry>().HasIndex(e => e.ChildId);
        builder.Entity<AuditEntry>().Property(e => e.Actor).HasMaxLength(256);
        builder.Entity<AuditEntry>().Property(e => e.Action).HasMaxLength(64);
        builder.Entity<AuditEntry>().Property(e => e.Detail).HasMaxLength(1000);
        builder.Entity<AuditEntry>().Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Entity<AuditEntry>().Property(e => e.Hash).HasMaxLength(64);
        builder.Entity<TemplateSet>().HasIndex(t => t.Number).IsUnique();
        builder.Entity<Draft>().HasIndex(d => new { d.AccountId, d.ChildId, d.Form });
        builder.Entity<Draft>().Property(d => d.AccountId).HasMaxLength(450);
        builder.Entity<Draft>().Property(d => d.Form).HasMaxLength(200);
        builder.Entity<TemplateSet>().Property(t => t.Note).HasMaxLength(500);
        builder.Entity<TemplateSet>().Property(t => t.UploadedBy).HasMaxLength(256);
        builder.Entity<TemplateSet>().Property(t => t.ContentHash).HasMaxLength(64);
        builder.Entity<TemplateSet>().Property(t => t.Files).HasMaxLength(20000);
        builder.Entity<LetterRecipient>().HasIndex(r => new { r.ChildId, r.ReviewDate });
        builder.Entity<LetterRecipient>().Property(r => r.PersonId).HasMaxLength(200);
        builder.Entity<LetterRecipient>().Property(r => r.Reader).HasMaxLength(20);
        builder.Entity<LetterRecipient>().Property(r => r.Language).HasMaxLength(40);
        builder.Entity<LetterRecipient>().Property(r => r.Route).HasConversion<string>().HasMaxLength(20);
        builder.Entity<LetterRecipient>().Property(r => r.SentRoute).HasConversion<string>().HasMaxLength(20);
        builder.Entity<LetterRecipient>().Property(r => r.AddedBy).HasMaxLength(256);
        builder.Entity<LetterRecipient>().Property(r => r.SentHash).HasMaxLength(64);
        builder.Entity<LetterRecipient>().Property(r => r.Meeting).HasMaxLength(20).HasDefaultValue(Reviews.Meetings.MeetingKind.Review.Name);
    }
}
