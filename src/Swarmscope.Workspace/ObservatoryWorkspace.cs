using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>
/// The workspace's use cases over its database: every page and API endpoint of the web app goes through here, so
/// role checks, review rules, blinding, versioning and history apply the same everywhere; the web app keeps only
/// HTTP and HTML. Rules themselves live in Swarmscope.Observatory. One instance per request (it holds the request's
/// database context). The use cases are grouped by screen in the ObservatoryWorkspace.*.cs files.
/// </summary>
public sealed partial class ObservatoryWorkspace(WorkspaceDbContext db, UserManager<IdentityUser> users)
{
    internal WorkspaceDbContext Db => db;

    /// <summary>The observatory with this id, or null.</summary>
    public Task<ObservatorySpace?> ObservatoryAsync(int observatoryId) => db.Observatories.FirstOrDefaultAsync(o => o.Id == observatoryId);

    /// <summary>The observatories a user is a member of, with the user's role in each.</summary>
    public async Task<IReadOnlyList<(ObservatorySpace Space, ObservatoryRole Role)>> ObservatoriesOfAsync(string userId)
    {
        var memberships = await db.Memberships.Where(m => m.UserId == userId).ToListAsync();
        var ids = memberships.Select(m => m.ObservatoryId).ToList();
        var spaces = await db.Observatories.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).ToListAsync();
        return spaces.Select(s => (s, memberships.First(m => m.ObservatoryId == s.Id).Role)).ToList();
    }

    public async Task<ObservatoryRole?> RoleAsync(int observatoryId, string? userId) =>
        userId is null ? null : await db.Memberships.Where(m => m.ObservatoryId == observatoryId && m.UserId == userId).Select(m => (ObservatoryRole?)m.Role).FirstOrDefaultAsync();

    public async Task<(CodebookVersion Version, Codebook Codebook)> CodebookAsync(int observatoryId)
    {
        var version = await db.CodebookVersions.Where(v => v.ObservatoryId == observatoryId).OrderByDescending(v => v.Number).FirstOrDefaultAsync()
            ?? throw new WorkflowException("This observatory has no codebook yet; an editor adds one on the Codebook page.");
        return (version, CodebookParser.Parse(version.Text, $"codebook version {version.Number}"));
    }

    public async Task<Codebook> CodebookOfVersionAsync(int versionId)
    {
        var version = await db.CodebookVersions.FirstAsync(v => v.Id == versionId);
        return CodebookParser.Parse(version.Text, $"codebook version {version.Number}");
    }

    /// <summary>Saves a new codebook version; the file's own version number must rise.</summary>
    public async Task<CodebookVersion> SaveCodebookAsync(int observatoryId, ObservatoryRole? role, string userName, string text, string? note)
    {
        RolePolicy.Demand(role, ObservatoryAction.EditCodebook);
        var parsed = CodebookParser.Parse(text, "the edited codebook");
        var last = await db.CodebookVersions.Where(v => v.ObservatoryId == observatoryId).MaxAsync(v => (int?)v.Number) ?? 0;
        if (parsed.Version <= last) throw new WorkflowException($"Raise 'version:' above {last} (the last saved version) before saving; codings keep pointing at the version they used.");
        var version = new CodebookVersion { ObservatoryId = observatoryId, Number = parsed.Version, Text = text, CreatedBy = userName, CreatedAt = DateTimeOffset.UtcNow, Note = note };
        db.CodebookVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    /// <summary>Applies <paramref name="edit"/> to a versioned record if nobody saved it since <paramref name="expectedVersion"/>;
    /// otherwise returns what changed. A race between two simultaneous saves is caught by the database's version check.</summary>
    internal async Task<SaveConflict?> SaveVersionedAsync<T>(T record, int expectedVersion, Action<T> edit, Func<T, IReadOnlyDictionary<string, string?>> describe)
        where T : class, IVersioned
    {
        if (record.Version != expectedVersion) return await ConflictAsync(record, edit, describe);
        edit(record);
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var entry = db.Entry(record);
            await entry.ReloadAsync();
            return await ConflictAsync(record, edit, describe);
        }
    }

    private async Task<SaveConflict> ConflictAsync<T>(T current, Action<T> edit, Func<T, IReadOnlyDictionary<string, string?>> describe) where T : class, IVersioned
    {
        var theirs = describe(current);
        var entry = db.Entry(current);
        var snapshot = (T)entry.CurrentValues.ToObject();
        edit(snapshot);
        var yours = describe(snapshot);
        var differences = theirs.Where(kv => yours.TryGetValue(kv.Key, out var y) && y != kv.Value)
            .Select(kv => new FieldDifference(kv.Key, kv.Value, yours[kv.Key])).ToList();
        var type = typeof(T).Name;
        var id = WorkspaceDbContext.ValueText(entry.Property("Id").CurrentValue);
        var last = await db.Changes.Where(c => c.EntityType == type && c.EntityId == id).OrderByDescending(c => c.Id).FirstOrDefaultAsync();
        entry.State = EntityState.Unchanged;
        return new SaveConflict(last?.UserName, last?.At, current.Version, differences);
    }

    internal async Task<Coding> CodingForAsync(int observatoryId, int itemId, string userId, string userName, ObservatoryRole? role)
    {
        var coding = await db.Codings.FirstOrDefaultAsync(c => c.MediaItemId == itemId && c.CoderId == userId);
        if (coding is not null) return coding;
        RolePolicy.Demand(role, ObservatoryAction.Code);
        var (version, _) = await CodebookAsync(observatoryId);
        coding = new Coding
        {
            ObservatoryId = observatoryId, MediaItemId = itemId, CoderId = userId, CoderName = userName, CodebookVersionId = version.Id,
            State = ReviewState.Draft, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Codings.Add(coding);
        await db.SaveChangesAsync();
        return coding;
    }

    /// <summary>Restores the old value of one recorded change (or undeletes); the restore is itself recorded.</summary>
    public async Task RestoreAsync(int observatoryId, long changeId, ObservatoryRole? role)
    {
        RolePolicy.Demand(role, ObservatoryAction.Restore);
        var change = await db.Changes.FirstOrDefaultAsync(c => c.Id == changeId && c.ObservatoryId == observatoryId)
            ?? throw new WorkflowException("No such change in this observatory.");
        var type = change.EntityType switch
        {
            nameof(Incident) => typeof(Incident),
            nameof(MediaItem) => typeof(MediaItem),
            nameof(Coding) => typeof(Coding),
            nameof(Membership) => typeof(Membership),
            nameof(ObservatorySpace) => typeof(ObservatorySpace),
            _ => throw new WorkflowException($"{change.EntityType} records cannot be restored field by field."),
        };
        var entity = await db.FindAsync(type, int.Parse(change.EntityId, System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new WorkflowException("The record of this change no longer exists.");
        var entry = db.Entry(entity);
        if (change.Action == "created") throw new WorkflowException("A record's creation cannot be undone; delete the record instead (deletion is restorable).");
        var property = entry.Property(change.Field);
        property.CurrentValue = WorkspaceDbContext.ParseValue(change.OldValue, property.Metadata.ClrType);
        await db.SaveChangesAsync();
    }
}
