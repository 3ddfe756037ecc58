using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Swarmscope.Web.Services;
using Swarmscope.Workspace;

namespace Swarmscope.Web;

/// <summary>Builds and starts the workspace web app on 127.0.0.1 (for `swarmscope serve` and the tests).</summary>
public static class WebApp
{
    public const string LoginRateLimit = "login";

    /// <summary>The running app, its address, and the log-ins created on this start (passwords to show once). Plain
    /// tuples, so the CLI, which references Web but not the workspace's application layer, can print them.</summary>
    public sealed record Started(WebApplication App, string Address, IReadOnlyList<(string UserName, string Password, string Role)> CreatedLogins) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    public static WebApplication Build(WorkspaceOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        // Keys stay on this machine beside the database (or in the user profile for PostgreSQL); the "unencrypted"
        // warning would print on every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // A failed start (port taken) is reported once, in plain words, by the caller; not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton(options);
        if (WorkspaceDatabase.IsFilePath(options.Database))
            builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Database))!, ".swarmscope-keys")));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUserName, CurrentUserName>();
        WorkspaceDatabase.Register(builder.Services, options.Database);
        builder.Services.AddIdentityCore<IdentityUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 8;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<WorkspaceDbContext>();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Name = "swarmscope.auth";
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(o => { o.Cookie.Name = "swarmscope.csrf"; o.HeaderName = "X-CSRF-TOKEN"; });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many log-in attempts from this address; wait a minute and try again.", token);
            };
        });
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
        });

        var app = builder.Build();
        app.UseExceptionHandler("/Error");
        app.Use(async (context, next) =>
        {
            // Nothing is loaded from elsewhere; scripts only from this site, and none inline.
            context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        AssetEndpoints.Map(app);
        ApiEndpoints.Map(app);
        return app;
    }

    /// <summary>A safe description of a workspace database for the console: never its password.</summary>
    public static string Describe(string database) => WorkspaceDatabase.Describe(database);

    /// <summary>Prepares the database (schema, first admin, demo) and starts listening. Expected failures (a taken
    /// port, a database that cannot be opened or is newer than this version) throw <see cref="WebAppStartException"/>.</summary>
    public static async Task<Started> StartAsync(WorkspaceOptions options)
    {
        try { return await StartOrThrowAsync(options); }
        catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new WebAppStartException($"port {options.Port} on 127.0.0.1 is taken; choose another with --port", e);
        }
        catch (WorkspaceSchema.TooNewException e)
        {
            throw new WebAppStartException($"{Describe(options.Database)}: {e.Message}", e);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            throw new WebAppStartException($"cannot open the workspace database ({Describe(options.Database)}): {e.Message}", e);
        }
    }

    private static async Task<Started> StartOrThrowAsync(WorkspaceOptions options)
    {
        var app = Build(options);
        IReadOnlyList<CreatedLogin> created;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            created = await WorkspaceSeeder.EnsureAsync(db, users, options.AdminName, options.AdminPassword, options.Demo);
        }
        try { await app.StartAsync(); }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Started(app, address.Replace("[::1]", "127.0.0.1"), created.Select(l => (l.UserName, l.Password, l.Role)).ToList());
    }
}
