using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Csv;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>
/// CSV out of every table and CSV into incidents and media items. Reading uses the project's CSV reader, writing
/// its CSV quoting (which also keeps hostile text from running as a spreadsheet formula). An import is one
/// transaction: a bad row stops it with the line, column and reason, and nothing is kept. Importing the same file
/// again changes nothing: rows match existing records by id, then URL, then title.
/// An Airtable export imports with a mapping such as "title=Name,url=Link,published_on=Date".
/// </summary>
public static class CsvTables
{
    public static readonly string[] Tables = ["incidents", "items", "codings", "history", "members"];
    public static readonly string[] ItemColumns = ["id", "title", "url", "author", "published_on", "platform", "media_type", "language", "location", "text", "incidents", "origin"];
    public static readonly string[] IncidentColumns = ["id", "title", "start_date", "end_date", "country", "description", "dimension", "motives", "methods", "responses"];

    public static async Task<string> ExportAsync(ObservatoryWorkspace workspace, int oid, string table, ObservatoryRole role, string userId)
    {
        var db = workspace.Db;
        var sb = new StringBuilder();
        void Row(params object?[] values) => sb.Append(string.Join(',', values.Select(v => CsvWriter.TextCell(v as string ?? WorkspaceDbContext.ValueText(v))))).Append("\r\n");
        switch (table)
        {
            case "incidents":
                Row(IncidentColumns);
                foreach (var i in await db.Incidents.Where(x => x.ObservatoryId == oid && !x.IsDeleted).OrderBy(x => x.Id).ToListAsync())
                    Row(i.Id, i.Title, i.StartDate, i.EndDate, i.Country, i.Description, i.Dimension, string.Join(';', i.Motives), string.Join(';', i.Methods), string.Join(';', i.Responses));
                break;
            case "items":
                Row(ItemColumns);
                foreach (var m in await db.MediaItems.Where(x => x.ObservatoryId == oid && !x.IsDeleted).OrderBy(x => x.Id).ToListAsync())
                    Row(m.Id, m.Title, m.Url, m.Author, m.PublishedOn, m.Platform, m.MediaType, m.Language, m.Location, m.Text, string.Join(';', m.IncidentIds), m.Origin);
                break;
            case "codings":
            {
                var (_, codebook) = await workspace.CodebookAsync(oid);
                var keys = codebook.Fields.Select(f => f.Key).ToList();
                Row(["id", "item_id", "coder", "state", "codebook_version_id", "submitted_at", "reviewed_by", "review_comment", .. keys]);
                var codings = await db.Codings.Where(x => x.ObservatoryId == oid).OrderBy(x => x.Id).ToListAsync();
                var assignments = await db.Assignments.Where(a => a.ObservatoryId == oid).ToListAsync();
                foreach (var group in codings.GroupBy(c => c.MediaItemId))
                    foreach (var c in BlindCodingPolicy.Visible(userId, role, group.ToList(), assignments.Where(a => a.MediaItemId == group.Key).ToList()))
                        Row([c.Id, c.MediaItemId, c.CoderName, c.State.ToString().ToLowerInvariant(), c.CodebookVersionId, c.SubmittedAt, c.ReviewedBy, c.ReviewComment,
                            .. keys.Select(k => (object?)string.Join(';', c.Many(k)))]);
                break;
            }
            case "history":
                Row("id", "at", "user", "action", "entity", "entity_id", "field", "old", "new");
                var changes = db.Changes.Where(c => c.ObservatoryId == oid);
                if (role < ObservatoryRole.Editor) changes = changes.Where(c => c.EntityType != nameof(Coding));
                foreach (var c in await changes.OrderBy(c => c.Id).ToListAsync())
                    Row(c.Id, c.At, c.UserName, c.Action, c.EntityType, c.EntityId, c.Field, c.OldValue, c.NewValue);
                break;
            case "members":
                Row("user", "role");
                foreach (var m in await db.Memberships.Where(x => x.ObservatoryId == oid).OrderBy(x => x.UserName).ToListAsync())
                    Row(m.UserName, m.Role.ToString().ToLowerInvariant());
                break;
            default:
                throw new WorkflowException($"Unknown table '{table}' (incidents, items, codings, history, members).");
        }
        return sb.ToString();
    }

    public sealed record ImportSummary(int Added, int Updated, int Unchanged);

    /// <summary>Imports items or incidents. <paramref name="mapping"/> maps our column to the file's ("title=Name,...");
    /// columns not mapped are looked up under their own name.</summary>
    public static async Task<ImportSummary> ImportAsync(ObservatoryWorkspace workspace, int oid, string table, ObservatoryRole? role, Stream csv, string fileName, string? mapping)
    {
        RolePolicy.Demand(role, ObservatoryAction.EditItems);
        var columns = table switch { "items" => ItemColumns, "incidents" => IncidentColumns, _ => throw new WorkflowException("Only items and incidents are imported from CSV.") };
        var map = ParseMapping(mapping, columns);
        using var reader = new CsvReader(csv);
        if (!reader.Read()) throw new WorkflowException($"{fileName}: the file is empty.");
        var header = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
        var index = new Dictionary<string, int>();
        foreach (var column in columns)
        {
            var source = map.GetValueOrDefault(column, column);
            var at = header.FindIndex(h => string.Equals(h, source, StringComparison.OrdinalIgnoreCase));
            if (at >= 0) index[column] = at;
            else if (map.ContainsKey(column)) throw new WorkflowException($"{fileName}: the mapping names column '{source}' for {column}, but the header has no such column (it has: {string.Join(", ", header)}).");
        }
        if (!index.ContainsKey("title")) throw new WorkflowException($"{fileName}: no 'title' column; map one with title=COLUMN (header: {string.Join(", ", header)}).");
        var db = workspace.Db;
        await using var transaction = await db.Database.BeginTransactionAsync();
        int added = 0, updated = 0, unchanged = 0;
        var incidents = await db.Incidents.Where(i => i.ObservatoryId == oid).ToListAsync();
        var items = await db.MediaItems.Where(i => i.ObservatoryId == oid).ToListAsync();
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (reader.Malformation is { } bad) throw new WorkflowException($"{fileName}, line {line}: {bad}");
            string? Get(string column)
            {
                if (!index.TryGetValue(column, out var i) || i >= reader.FieldCount) return null;
                var v = reader.GetText(i).Trim();   // undoes the formula guard and escapes of our own export
                return v.Length == 0 ? null : v;
            }
            DateOnly? Date(string column)
            {
                var v = Get(column);
                if (v is null) return null;
                if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
                if (DateTime.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var t)) return DateOnly.FromDateTime(t);
                throw new WorkflowException($"{fileName}, line {line}, column {map.GetValueOrDefault(column, column)}: '{v}' is not a date (use YYYY-MM-DD).");
            }
            List<string> List(string column) => Get(column)?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];
            var title = Get("title") ?? throw new WorkflowException($"{fileName}, line {line}, column {map.GetValueOrDefault("title", "title")}: the title is empty.");
            var id = Get("id") is { } idText && int.TryParse(idText, CultureInfo.InvariantCulture, out var parsedId) ? parsedId : (int?)null;
            if (table == "items")
            {
                var url = Get("url");
                var existing = items.FirstOrDefault(m => id is not null && m.Id == id) ?? items.FirstOrDefault(m => url is not null && m.Url == url) ?? items.FirstOrDefault(m => m.Title == title);
                var incidentIds = new List<int>();
                foreach (var name in List("incidents"))
                {
                    var incident = incidents.FirstOrDefault(i => i.Id.ToString(CultureInfo.InvariantCulture) == name || string.Equals(i.Title, name, StringComparison.OrdinalIgnoreCase))
                        ?? throw new WorkflowException($"{fileName}, line {line}, column {map.GetValueOrDefault("incidents", "incidents")}: no incident '{name}' in this observatory.");
                    incidentIds.Add(incident.Id);
                }
                var item = existing ?? new MediaItem { ObservatoryId = oid, Origin = Get("origin") ?? "imported from " + fileName };
                item.Title = title; item.Url = url ?? item.Url; item.Author = Get("author") ?? item.Author; item.PublishedOn = Date("published_on") ?? item.PublishedOn;
                item.Platform = Get("platform") ?? item.Platform; item.MediaType = Get("media_type") ?? item.MediaType; item.Language = Get("language") ?? item.Language;
                item.Location = Get("location") ?? item.Location; item.Text = Get("text") ?? item.Text;
                if (incidentIds.Count > 0 && !incidentIds.SequenceEqual(item.IncidentIds)) item.IncidentIds = incidentIds;
                if (existing is null) { db.MediaItems.Add(item); items.Add(item); added++; }
                else if (db.Entry(item).State == EntityState.Modified || db.ChangeTracker.Entries().Any(e => e.Entity == item && e.Properties.Any(p => p.IsModified))) updated++;
                else unchanged++;
            }
            else
            {
                var existing = incidents.FirstOrDefault(i => id is not null && i.Id == id) ?? incidents.FirstOrDefault(i => i.Title == title);
                var incident = existing ?? new Incident { ObservatoryId = oid };
                incident.Title = title; incident.StartDate = Date("start_date") ?? incident.StartDate; incident.EndDate = Date("end_date") ?? incident.EndDate;
                incident.Country = Get("country") ?? incident.Country; incident.Description = Get("description") ?? incident.Description;
                incident.Dimension = Get("dimension") ?? incident.Dimension;
                foreach (var (column, apply) in new (string, Action<List<string>>)[] { ("motives", v => incident.Motives = v), ("methods", v => incident.Methods = v), ("responses", v => incident.Responses = v) })
                {
                    var values = List(column);
                    if (values.Count > 0) apply(values);
                }
                if (existing is null) { db.Incidents.Add(incident); incidents.Add(incident); added++; }
                else { db.ChangeTracker.DetectChanges(); if (db.Entry(incident).State == EntityState.Modified) updated++; else unchanged++; }
            }
            db.ChangeTracker.DetectChanges();
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new ImportSummary(added, updated, unchanged);
    }

    private static Dictionary<string, string> ParseMapping(string? mapping, string[] columns)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(mapping)) return map;
        foreach (var part in mapping.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) throw new WorkflowException($"The mapping '{part}' is not field=Column.");
            var field = part[..eq].Trim();
            if (!columns.Contains(field, StringComparer.OrdinalIgnoreCase)) throw new WorkflowException($"The mapping names unknown field '{field}' (fields: {string.Join(", ", columns)}).");
            map[field] = part[(eq + 1)..].Trim();
        }
        return map;
    }
}
