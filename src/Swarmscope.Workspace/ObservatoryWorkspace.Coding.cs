using System.Globalization;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>The coding form: a member's own coding of an item, saved as a draft or submitted for review.</summary>
public sealed partial class ObservatoryWorkspace
{
    /// <summary>Starts the member's coding of an item (a draft with the current codebook), or returns the one they have.</summary>
    public Task<Coding> StartCodingAsync(ActingMember member, int itemId) =>
        CodingForAsync(member.ObservatoryId, itemId, member.UserId, member.UserName, member.Role);

    /// <summary>
    /// Saves the member's coding of an item from the posted values (field key → values), checked against the codebook
    /// version the coding uses; with <paramref name="submit"/> it goes to review. Returns the difference when the
    /// coding was saved by someone else since <paramref name="version"/>.
    /// </summary>
    public async Task<SaveConflict?> SaveCodingAsync(ActingMember member, int itemId, int version, IReadOnlyDictionary<string, IReadOnlyList<string>> posted, bool submit)
    {
        var coding = await CodingForAsync(member.ObservatoryId, itemId, member.UserId, member.UserName, member.Role);
        ReviewWorkflow.DemandEdit(coding, member.UserId, member.Role);
        var codebook = await CodebookOfVersionAsync(coding.CodebookVersionId);
        var values = new Dictionary<string, List<string>>();
        foreach (var field in codebook.Fields)
        {
            var given = posted.TryGetValue(field.Key, out var v) ? v.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).ToList() : [];
            Validate(codebook, field, given);
            if (given.Count > 0 || field.Type is CodebookFieldType.Frames or CodebookFieldType.Choices) values[field.Key] = given;
        }
        return await SaveVersionedAsync(coding, version, c =>
        {
            c.Values = values;
            c.UpdatedAt = DateTimeOffset.UtcNow;
            if (submit) ReviewWorkflow.Submit(c, member.UserId, member.Role, DateTimeOffset.UtcNow);
        }, Describe.Coding);
    }

    private static void Validate(Codebook codebook, CodebookField field, List<string> values)
    {
        if (field.Type is not (CodebookFieldType.Choices or CodebookFieldType.Frames) && values.Count > 1)
            throw new WorkflowException($"{field.Label} takes one value.");
        foreach (var v in values)
        {
            var ok = field.Type switch
            {
                CodebookFieldType.Choice or CodebookFieldType.Choices => codebook.List(field.List!).Any(e => e.Id == v),
                CodebookFieldType.Frames => codebook.FindFrame(v) is not null,
                CodebookFieldType.Scale => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) && codebook.Scale.Any(l => l.Value == s),
                CodebookFieldType.Number => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                CodebookFieldType.Count => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _),
                CodebookFieldType.Date => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            if (!ok) throw new WorkflowException($"{field.Label}: '{v}' is not a value of this codebook's {field.Type.ToString().ToLowerInvariant()} field.");
        }
    }
}
