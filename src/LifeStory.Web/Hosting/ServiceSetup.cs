using System.Threading.RateLimiting;
using LifeStory.Web.Accounts;
using LifeStory.Web.Audit;
using LifeStory.Web.Children;
using LifeStory.Web.CouncilTemplates;
using LifeStory.Web.Data;
using LifeStory.Web.Editing.Drafts;
using LifeStory.Web.Editing.Presence;
using LifeStory.Web.Documents;
using LifeStory.Web.Pictures;
using LifeStory.Web.Reviews;
using LifeStory.Web.Reviews.Sending;
using LifeStory.Web.Security;
using LifeStory.Web.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LifeStory.Web.Hosting;

/// <summary>All of the app's wiring in one place, so Program.cs stays a few lines.</summary>
public static class ServiceSetup
{
    public const string SignInLimit = "sign-in";
    public const string ReviewsPolicy = "Reviews";

    /// <summary>The review pages about a whole caseload, not one child: only IROs and team managers open them.</summary>
    public static readonly string[] ReviewsPages = ["/Reviews/Index", "/Reviews/Calendar", "/Reviews/Sending/Batch"];

    public static void AddLifeStory(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(LifeStoryOptions.Section).Get<LifeStoryOptions>() ?? new LifeStoryOptions();
        services.Configure<LifeStoryOptions>(builder.Configuration.GetSection(LifeStoryOptions.Section));
        var dataFolder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.DataFolder));
        Directory.CreateDirectory(dataFolder);

        AddDatabase(builder, dataFolder);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache(o => o.SizeLimit = 500);
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys", "data-protection"))).SetApplicationName("LifeStory");

        services.AddIdentity<Account, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<LifeStoryDb>()
            .AddDefaultTokenProviders();
        // Signing out everywhere changes the security stamp; other sessions notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(options.SessionCheckSeconds));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "lifestory";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/Accounts/SignIn";
            o.LogoutPath = "/Accounts/SignOut";
            // A page someone's role does not allow answers 403 where they are, not a redirect that looks like success.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "lifestory-form";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/Accounts/TwoFactor");
            o.Conventions.AllowAnonymousToPage("/Shared/Error");
            o.Conventions.AllowAnonymousToPage("/Shared/Status");
            o.Conventions.AuthorizeFolder("/Admin", "Administrator");
            // The dashboard pages, each about many children, are for IROs and managers. Pages about one child's review
            // (such as its letters) live under /Reviews too, but their access is ChildAccess's decision like every child page.
            foreach (var page in ReviewsPages) o.Conventions.AuthorizePage(page, ReviewsPolicy);
        }).AddMvcOptions(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddAuthorization(o =>
        {
            o.AddPolicy("Administrator", p => p.RequireRole(Roles.Administrator));
            // The review dashboard is the IRO's, and a team manager's for their team; a social worker follows their
            // children's reviews on each child's record.
            o.AddPolicy(ReviewsPolicy, p => p.RequireRole(Roles.Iro, Roles.TeamManager));
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: showing the sign-in page is free.
            o.AddPolicy(SignInLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("page"));
        });
        services.AddHealthChecks().AddCheck<DatabaseHealth>("database", tags: ["ready"]);
        if (!builder.Environment.IsDevelopment()) services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.AddSingleton<DataKeys>();
        services.AddSingleton<Sealer>();
        services.AddScoped<FileStore>();
        services.AddScoped<RevisionStore>();
        services.AddScoped<ChildImports>();
        services.AddScoped<ChildAccess>();
        services.AddSingleton<AuditAnchor>();
        services.AddScoped<AuditLog>();
        services.AddScoped<DemoSeed>();
        services.AddScoped<TwoFactorRule>();
        services.AddScoped<DatabaseHealth>();
        services.AddSingleton<LiveTemplates>();
        services.AddScoped<TemplateSets>();
        services.AddScoped<DraftStore>();
        services.AddSingleton<EditingPresence>();
        services.AddSingleton<DocumentMaker>();
        services.AddSingleton<Documents.Languages.LanguageChoices>();
        services.AddSingleton<PicturePreviews>();
        services.AddSingleton<CouncilRules>();
        services.AddScoped<Caseload>();
        services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.Section));
        services.AddSingleton<LetterMailer>();
        services.AddScoped<DistributionList>();
        services.AddScoped<LetterSender>();
        services.AddScoped<WaitingLetters>();
        services.AddScoped<BatchRunner>();
        services.AddSingleton<LetterBatches>();
        services.AddHostedService<LetterBatchWorker>();
    }

    private static void AddDatabase(WebApplicationBuilder builder, string dataFolder)
    {
        var postgres = builder.Configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
            builder.Services.AddDbContext<LifeStoryDb, PostgresDb>(o => o.UseNpgsql(postgres));
        else
        {
            var sqlite = builder.Configuration.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(dataFolder, "lifestory.db")}";
            builder.Services.AddDbContext<LifeStoryDb, SqliteDb>(o => o.UseSqlite(sqlite));
        }
    }
}
