using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>
/// The workspace database (SQLite by default, PostgreSQL for a team server; <see cref="WorkspaceDatabase"/> picks
/// the provider from the connection string). Every save of a versioned record raises its Version (checked by the
/// database, so a save from an older version fails instead of overwriting) and writes one <see cref="ChangeRecord"/>
/// per changed field.
/// </summary>
/// <remarks>Each provider has its own subclass (<see cref="SqliteWorkspaceDbContext"/>, <see cref="PostgresWorkspaceDbContext"/>)
/// only so that each has its own migrations (Migrations/Sqlite, Migrations/Postgres); the model is this one.</remarks>
public abstract class WorkspaceDbContext(DbContextOptions options, ICurrentUserName? currentUser)
    : IdentityDbContext<IdentityUser>(options)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public DbSet<ObservatorySpace> Observatories => Set<ObservatorySpace>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<Coding> Codings => Set<Coding>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<CodebookVersion> CodebookVersions => Set<CodebookVersion>();
    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();

    /// <summary>Who the change records name when no user is signed in (seeding, imports from the command line).</summary>
    public string? ActingUserOverride { get; set; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no type that orders DateTimeOffset; EF's documented workaround stores it as a sortable number.
        if (Database.IsSqlite()) configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<ObservatorySpace>().ToTable("observatories");
        b.Entity<Membership>(e =>
        {
            e.ToTable("memberships");
            e.HasIndex(x => new { x.ObservatoryId, x.UserId }).IsUnique();
        });
        b.Entity<Incident>(e =>
        {
            e.ToTable("incidents");
            e.HasIndex(x => x.ObservatoryId);
            e.Property(x => x.Motives).HasConversion(ListConverter<string>(), ListComparer<string>());
            e.Property(x => x.Methods).HasConversion(ListConverter<string>(), ListComparer<string>());
            e.Property(x => x.Responses).HasConversion(ListConverter<string>(), ListComparer<string>());
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<MediaItem>(e =>
        {
            e.ToTable("media_items");
            e.HasIndex(x => x.ObservatoryId);
            e.Property(x => x.IncidentIds).HasConversion(ListConverter<int>(), ListComparer<int>());
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<Coding>(e =>
        {
            e.ToTable("codings");
            e.HasIndex(x => new { x.MediaItemId, x.CoderId }).IsUnique();
            e.Property(x => x.Values).HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                s => JsonSerializer.Deserialize<Dictionary<string, List<string>>>(s, Json) ?? new(),
                new ValueComparer<Dictionary<string, List<string>>>(
                    (a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(),
                    v => JsonSerializer.Deserialize<Dictionary<string, List<string>>>(JsonSerializer.Serialize(v, Json), Json)!));
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<Assignment>(e =>
        {
            e.ToTable("assignments");
            e.HasIndex(x => new { x.MediaItemId, x.CoderId }).IsUnique();
        });
        b.Entity<CodebookVersion>(e =>
        {
            e.ToTable("codebook_versions");
            e.HasIndex(x => new { x.ObservatoryId, x.Number }).IsUnique();
        });
        b.Entity<ChangeRecord>(e =>
        {
            e.ToTable("changes");
            e.HasIndex(x => new { x.EntityType, x.EntityId });
        });
    }

    private static ValueConverter<List<T>, string> ListConverter<T>() => new(
        v => JsonSerializer.Serialize(v, Json),
        s => JsonSerializer.Deserialize<List<T>>(s, Json) ?? new List<T>());

    private static ValueComparer<List<T>> ListComparer<T>() => new(
        (a, c) => a != null && c != null && a.SequenceEqual(c),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        v => v.ToList());

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = History.Collect(this);
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
            else if (entry.State == EntityState.Added && entry.Entity.Version == 0) entry.Entity.Version = 1;
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var user = ActingUserOverride ?? currentUser?.Name ?? "system";
            var now = DateTimeOffset.UtcNow;
            Changes.AddRange(pending.SelectMany(p => p.Records(user, now)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>Text form of a field value for history and CSV: lists as JSON, dates ISO 8601, numbers invariant.</summary>
    public static string? ValueText(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType(), Json),
    };

    public static object? ParseValue(string? text, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (text is null) return null;
        if (t == typeof(string)) return text;
        if (t == typeof(DateOnly)) return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (t == typeof(int)) return int.Parse(text, CultureInfo.InvariantCulture);
        if (t == typeof(double)) return double.Parse(text, CultureInfo.InvariantCulture);
        if (t == typeof(bool)) return bool.Parse(text);
        if (t.IsEnum) return Enum.Parse(t, text);
        if (t == typeof(DateTimeOffset)) return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        return JsonSerializer.Deserialize(text, t, Json);
    }
}
