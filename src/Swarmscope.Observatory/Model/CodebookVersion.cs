namespace Swarmscope.Observatory.Model;

/// <summary>One saved version of an observatory's codebook (its whole text). Versions are never changed; every
/// coding records the version it was made with.</summary>
public sealed class CodebookVersion
{
    public int Id { get; set; }
    public int ObservatoryId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? Note { get; set; }
}
