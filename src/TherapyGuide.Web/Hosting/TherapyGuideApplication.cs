using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Serilog;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Hosting;

/// <summary>The site's registrations and middleware, so that Program.cs reads as two lines.</summary>
public static class TherapyGuideApplication
{
    public const string ConnectionStringName = "TherapyGuide";

    /// <summary>Rate-limit policy for sign-in attempts.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Rate-limit policy for searches the output cache cannot answer.</summary>
    public const string SearchRateLimit = "search";

    /// <summary>Rate-limit policy for readers' forms ("Was this page helpful?", "Share your experience").</summary>
    public const string ReaderFormsRateLimit = "reader-forms";

    /// <summary>Output-cache policy for public pages: cached until content changes.</summary>
    public const string PublicPagesCache = "public";

    /// <param name="builder">The web application builder.</param>
    /// <param name="quiet">Log warnings and errors only, as operator commands do.</param>
    public static WebApplicationBuilder AddTherapyGuide(this WebApplicationBuilder builder, bool quiet = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // wwwroot/ lives at the repository root. A build maps it through the static web assets manifest,
        // which ASP.NET Core reads only in Development unless asked; a publish copies the files instead
        // and has no manifest, so this is a no-op there.
        builder.WebHost.UseStaticWebAssets();

        if (quiet)
        {
            builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
            builder.Configuration["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning";
        }

        services.AddSerilog((provider, logging) => logging
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            // Last, so that it sees every property the others add: no logged value can forge a line or send escape codes.
            .Enrich.With<ControlCharacterEscaping>()
            // Written on a background thread, so a request never waits for the console.
            .WriteTo.Async(sink => sink.Console(formatProvider: CultureInfo.InvariantCulture)));

        services.AddOptions<TherapyGuideOptions>().BindConfiguration(TherapyGuideOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TherapyGuideOptions>, PublisherOptionsValidation>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton(provider => new ContentFolder(
            StorePaths.ContentFolder(provider.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.ContentPath, builder.Environment.ContentRootPath),
            provider.GetRequiredService<MarkdownRenderer>()));

        var connectionString = SqliteConnectionString(
            builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? StorePaths.DefaultConnectionString(builder.Environment.ContentRootPath));
        if (!quiet && !builder.Environment.IsEnvironment("Testing"))
        {
            // Not for operator commands, which start differently, nor for the tests' many sites in one process.
            StartupProfile.Start(connectionString);
        }

        // Pooled: a context is reset and reused rather than built for every request.
        services.AddDbContextPool<TherapyGuideDbContext>(options => options.UseSqlite(connectionString));
        services.AddScoped<ContentSeeder>();
        services.AddScoped<ContentFileComparison>();
        services.AddScoped<ContentFileListOrder>();
        services.AddScoped<StoreBackup>();
        services.AddScoped<PublicContent>();
        services.AddScoped<ArticleExtras>();
        services.AddScoped<DiscoverabilityContent>();
        services.AddScoped<ReaderSubmissions>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<PublicPageCache>();
        services.AddSingleton<LinkedArticles>();
        services.AddResponseCompression(options =>
        {
            // Public pages carry no secret beside reflected input, so compressing them over HTTPS is safe (no BREACH);
            // the editors' pages, which do, are never compressed (see UseTherapyGuide).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes
                .Concat(["image/svg+xml", "application/atom+xml", "application/xml"]);
        });
        // A year, as browsers' preload lists and most guidance ask; the framework's default is 30 days. Without
        // includeSubDomains or preload: other hosts under the site's domain are not this site's to commit to HTTPS.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddScoped<SearchIndex>();
        services.AddScoped<SiteSearch>();
        services.AddSingleton<QuestionList>();
        services.AddScoped<ContentStore>();
        services.AddScoped<ContentWriter>();
        services.AddScoped<RevisionLog>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ContentItems>();
        services.AddScoped<ContentFileVersions>();
        services.AddScoped<ContentFileHistory>();
        services.AddScoped<FeedbackPaths>();
        services.AddScoped<ExperienceModeration>();
        services.AddScoped<VoicesRetention>();
        services.AddHostedService<VoicesRetentionService>();
        services.AddHttpContextAccessor();

        // Cookies are Secure-only wherever the site is deployed; over plain http on a developer's machine
        // or in the tests they follow the request, or nobody could sign in there.
        var cookieSecurity = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        AddAccounts(services, cookieSecurity);

        services.AddOutputCache(options =>
        {
            // Bounded, so that a crawl over thousands of articles cannot grow the process without limit.
            options.SizeLimit = 32L * 1024 * 1024;
            // The cache sits outside compression and keeps each page once per encoding, compressed once.
            options.AddPolicy(PublicPagesCache, policy => policy
                .Expire(TimeSpan.FromHours(1))
                .AddPolicy<ContentVersionGuard>()
                .VaryByValue(context => new("encoding", CompressionChosenFor(context))));
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RetryAfter.OnRejectedAsync;
            // Attempts (POSTs) are limited per client address; showing the form is not.
            var minute = TimeSpan.FromMinutes(1);
            options.AddPolicy(SignInRateLimit, context => PerClient(context, limits => (limits.SignInPerMinute, minute), postsOnly: true));
            options.AddPolicy(SearchRateLimit, context => PerClient(context, limits => (limits.SearchPerMinute, minute), postsOnly: false));
            // Readers' forms: each form has its own allowance per client address, kept in memory only (no
            // address is ever stored). The benchmark, which posts from one address, raises the limit in configuration.
            options.AddPolicy(ReaderFormsRateLimit, context => PerClient(
                context, limits => (limits.ReaderFormsPerWindow, limits.ReaderFormsWindow), postsOnly: true, perEndpoint: true));
        });
        AddRequestLimits(services);

        services.AddHealthChecks().AddDbContextCheck<TherapyGuideDbContext>("store");
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = false;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "tg.af";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageMethods());
            options.Conventions.AuthorizeAreaFolder("Admin", "/", Roles.EditorPolicy);
            options.Conventions.AuthorizeAreaFolder("Admin", "/Users", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Audit", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Backup", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Experiences/Erase", Roles.AdminPolicy);
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/SignIn");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/Denied");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/ResetPassword");
            // Public pages are served from the output cache until an editor changes what they show.
            options.Conventions.AddFolderApplicationModelConvention("/", model =>
            {
                if (CachesPages(builder.Configuration)
                    && model.ModelType?.GetCustomAttributes(typeof(CachedUntilChangedAttribute), inherit: false).SingleOrDefault() is CachedUntilChangedAttribute shows)
                {
                    model.EndpointMetadata.Add(CachedUntilChanged(shows.Tags, shows.Query));
                }
            });
        });
        return builder;
    }

    public static WebApplication UseTherapyGuide(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // One log line per request, with its final status, before the error pages re-run anything.
        // Through this host's own logger, not the static Log.Logger, which the last host built in the process replaces.
        var requestLogger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            RequestLogging.Configure(options);
            options.Logger = requestLogger;
        });
        // Before anything can answer (a 304 included), so every response carries the browser's protections.
        app.UseMiddleware<SecurityHeaders>();
        // Every page writes dates and numbers one way ("2 December 2026"), whatever the server's own language
        // settings: the framework's request culture, fixed to the site's language (no header or cookie chooses it).
        app.UseRequestLocalization(SiteCulture.Localization);
        var deployed = !app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing");
        if (deployed)
        {
            // Both act on HTTPS only: HSTS is sent over HTTPS, and the redirect needs an HTTPS port to go to.
            // Behind a TLS proxy, ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes its requests count as HTTPS.
            app.UseHttpsRedirection();
            app.UseHsts();
        }

        app.UseMiddleware<PublicPageETags>();

        // A friendly page for failures and for every 4xx without a body of its own.
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (deployed)
        {
            // Again for the error page: the exception handler clears a failed response's headers before it re-runs.
            app.UseHsts();
        }

        app.UseRouting();
        app.UseMiddleware<LowercaseAddresses>();
        app.UseMiddleware<WholeStaticFiles>();
        app.UseMiddleware<RequestLimits>();
        app.UseAuthentication();
        app.UseAuthorization();
        // Pages the output cache holds are answered before the limiter: a cheap answer needs no limit.
        app.UseOutputCache();
        app.UseRateLimiter();
        // Inside the output cache, so a cached page is stored compressed and never compressed again. Not for the
        // editors' pages, which mix a secret (the antiforgery token) with text sent back from the request (BREACH).
        app.UseWhen(context => !IsEditorsArea(context.Request.Path), branch => branch.UseResponseCompression());
        // Editors' pages hold private drafts and tokens: never stored by a browser or a proxy. Outside development
        // their cookies are Secure-only, so over plain http (no TLS proxy in front) they answer 403 and say why.
        app.Use((context, next) =>
        {
            if (IsEditorsArea(context.Request.Path))
            {
                // The same words antiforgery uses, so that it has nothing to override (and warn about).
                context.Response.Headers.CacheControl = "no-cache, no-store";
                context.Response.Headers.Pragma = "no-cache";
                if (deployed && !context.Request.IsHttps)
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                }
            }

            return next(context);
        });
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapDiscoverability();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>The encoding the compression middleware will use for this request: the cache keeps a copy per encoding.</summary>
    private static string CompressionChosenFor(HttpContext context)
    {
        var compression = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName ?? "identity"
            : "identity";
    }

    /// <summary>Whether an address is in the editors' area (/admin), which is never cached or compressed and needs HTTPS when deployed.</summary>
    public static bool IsEditorsArea(PathString path) => path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);

    /// <summary>The output-cache metadata of a public page or endpoint that shows content with these tags and reads these query parameters (none by default).</summary>
    public static OutputCacheAttribute CachedUntilChanged(IEnumerable<string> tags, IEnumerable<string>? query = null) =>
        new() { PolicyName = PublicPagesCache, Tags = [.. tags], VaryByQueryKeys = [.. query ?? []] };

    /// <summary>Whether public pages are served from the output cache (TherapyGuide:OutputCache, on unless set false).</summary>
    public static bool CachesPages(IConfiguration configuration) =>
        configuration.GetValue($"{TherapyGuideOptions.Section}:{nameof(TherapyGuideOptions.OutputCache)}", true);

    /// <summary>Makes the store owner-only, applies migrations, switches the store to WAL, checks the key ring opens, then imports what data/content has that the store lacks.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        if (StoreFiles.DatabasePath(db.Database.GetConnectionString()) is { } store)
        {
            // Before SQLite first opens it, which would create it readable by everyone.
            StoreFiles.CreateStore(store);
            StoreFiles.NarrowStore(store, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreFiles)));
        }

        // Migrating also compares the whole model with the last migration's, which costs a good part of a second:
        // only an upgraded site, or a new store, needs it.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        // WAL lets readers carry on while an editor saves, and a crash loses no committed save.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        // Here, before the site serves anything: a missing or wrong key-encryption key stops the start.
        KeyRing.Check(app.Services);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.SeedOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync(cancellationToken);
        }
    }

    private static void AddAccounts(IServiceCollection services, CookieSecurePolicy cookieSecurity)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // Length over composition rules, as NIST SP 800-63B advises.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Identity's own lockout is the per-account ceiling (TherapyGuide:SignIn, set below); EditorSignIn
                // holds back one address from one account much sooner.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TherapyGuideDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "tg.auth";
            // Sent to the editors' area only: public pages are the same for everyone and never need to know.
            options.Cookie.Path = "/admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/admin/signin";
            options.LogoutPath = "/admin/signout";
            options.AccessDeniedPath = "/admin/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateSignInAsync;
        });
        // Sessions live in the store; the cookie holds only a key to one, so sign-out ends it for every copy.
        services.AddSingleton<SignInSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SignInSessionStore>((options, sessions) => options.SessionStore = sessions);
        // The security stamp is checked on every request to /admin (a few indexed reads at this scale), so a change of
        // role, a lock, a removal or a new password applies to the person's very next request, not within 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddOptions<IdentityOptions>().Configure<IOptions<TherapyGuideOptions>>((identity, site) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = Math.Max(1, site.Value.SignIn.FailuresPerAccount);
            identity.Lockout.DefaultLockoutTimeSpan = site.Value.SignIn.HoldBack;
        });
        services.AddScoped<EditorSignIn>();
        services.AddScoped<EditorAccounts>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.EditorPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        services.AddKeyRing();
    }

    /// <summary>
    /// Checks the sign-in against the account on every request (see SecurityStampValidatorOptions above). The validator
    /// asks for the cookie to be written again each time; that is only needed when something about the person changed,
    /// so an unchanged session costs no write (the cookie's own sliding renewal still happens).
    /// </summary>
    private static async Task ValidateSignInAsync(CookieValidatePrincipalContext context)
    {
        var before = Claims(context.Principal);
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not null && before.SetEquals(Claims(context.Principal)))
        {
            context.ShouldRenew = false;
        }

        static HashSet<(string, string)> Claims(System.Security.Claims.ClaimsPrincipal? principal) =>
            principal?.Claims.Select(c => (c.Type, c.Value)).ToHashSet() ?? [];
    }

    /// <summary>A fixed window of requests per client address (see <see cref="ClientAddress"/>), from TherapyGuide:RateLimits.</summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">How many requests, in what window.</param>
    /// <param name="postsOnly">Count only posts (showing a form is never limited).</param>
    /// <param name="perEndpoint">Give each page its own allowance, rather than one shared by every page of the policy.</param>
    private static RateLimitPartition<string> PerClient(
        HttpContext context, Func<RateLimitOptions, (int Permits, TimeSpan Window)> limit, bool postsOnly, bool perEndpoint = false)
    {
        if (postsOnly && !HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var (permits, window) = limit(context.RequestServices.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.RateLimits);
        var key = ClientAddress.RateLimitKey(context);
        RetryAfter.RememberWindow(context, window);
        return RateLimitPartition.GetFixedWindowLimiter(
            perEndpoint ? $"{key} {context.GetEndpoint()?.DisplayName}" : key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 });
    }

    /// <summary>Kestrel's and the form reader's limits, from TherapyGuide:Limits.</summary>
    private static void AddRequestLimits(IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<TherapyGuideOptions>>((kestrel, options) =>
        {
            kestrel.Limits.MaxRequestBodySize = options.Value.Limits.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        services.AddOptions<FormOptions>().Configure<IOptions<TherapyGuideOptions>>((form, options) =>
        {
            form.ValueCountLimit = options.Value.Limits.MaxFormFields;
            form.ValueLengthLimit = options.Value.Limits.MaxFormValueLength;
            form.MultipartBodyLengthLimit = options.Value.Limits.MaxRequestBodyBytes;
            form.KeyLengthLimit = 200;
        });
    }

    /// <summary>Foreign keys on and a generous busy timeout, and the database's folder created (owner-only) if missing.</summary>
    private static string SqliteConnectionString(string configured)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        if (!configured.Contains("Foreign Keys", StringComparison.OrdinalIgnoreCase))
        {
            builder.ForeignKeys = true;
        }

        if (!configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 30;
        }

        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                StoreFiles.CreateFolder(folder);
            }
        }

        return builder.ToString();
    }
}
