using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>
/// Turns pending changes into <see cref="ChangeRecord"/>s: one per changed field (old and new value as text), a
/// "created" record per new record with its values, "deleted" when IsDeleted turns on. Collected before the save
/// (old values are known then) and written after it (new records have their ids then).
/// </summary>
internal static class History
{
    private static readonly HashSet<Type> Tracked =
        [typeof(ObservatorySpace), typeof(Membership), typeof(Incident), typeof(MediaItem), typeof(Coding), typeof(CodebookVersion), typeof(Assignment)];

    internal sealed class Pending(EntityEntry entry, string action, List<(string Field, string? Old, string? New)> fields)
    {
        public IEnumerable<ChangeRecord> Records(string user, DateTimeOffset at)
        {
            var id = WorkspaceDbContext.ValueText(entry.Property("Id").CurrentValue) ?? "";
            var observatory = entry.Entity switch
            {
                ObservatorySpace o => o.Id,
                Membership m => m.ObservatoryId,
                Incident i => i.ObservatoryId,
                MediaItem m => m.ObservatoryId,
                Coding c => c.ObservatoryId,
                CodebookVersion v => v.ObservatoryId,
                Assignment a => a.ObservatoryId,
                _ => (int?)null,
            };
            foreach (var (field, old, @new) in fields)
                yield return new ChangeRecord
                {
                    ObservatoryId = observatory, EntityType = entry.Metadata.ClrType.Name, EntityId = id, Field = field,
                    OldValue = old, NewValue = @new, UserName = user, At = at, Action = action,
                };
        }
    }

    public static List<Pending> Collect(DbContext db)
    {
        var result = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (!Tracked.Contains(entry.Metadata.ClrType)) continue;
            var fields = new List<(string, string?, string?)>();
            switch (entry.State)
            {
                case EntityState.Added:
                    foreach (var p in entry.Properties)
                        if (p.Metadata.Name is not ("Id" or "Version") && WorkspaceDbContext.ValueText(p.CurrentValue) is { } v)
                            fields.Add((p.Metadata.Name, null, v));
                    result.Add(new Pending(entry, "created", fields));
                    break;
                case EntityState.Modified:
                    foreach (var p in entry.Properties)
                    {
                        if (!p.IsModified || p.Metadata.Name == "Version") continue;
                        var old = WorkspaceDbContext.ValueText(p.OriginalValue);
                        var now = WorkspaceDbContext.ValueText(p.CurrentValue);
                        if (old != now) fields.Add((p.Metadata.Name, old, now));
                    }
                    if (fields.Count == 0) break;
                    var deleted = fields.Any(f => f.Item1 == "IsDeleted");
                    var restored = deleted && fields.First(f => f.Item1 == "IsDeleted").Item3 == "False";
                    result.Add(new Pending(entry, deleted ? (restored ? "restored" : "deleted") : "updated", fields));
                    break;
                case EntityState.Deleted:
                    foreach (var p in entry.Properties)
                        if (p.Metadata.Name is not ("Id" or "Version") && WorkspaceDbContext.ValueText(p.OriginalValue) is { } v)
                            fields.Add((p.Metadata.Name, v, null));
                    result.Add(new Pending(entry, "deleted", fields));
                    break;
            }
        }
        return result;
    }
}
