namespace Swarmscope.Observatory.Model;

/// <summary>An incident of digital authoritarianism; motives, methods and responses are ids of the codebook's lists.</summary>
public sealed class Incident : IVersioned
{
    public int Id { get; set; }
    public int ObservatoryId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Country { get; set; }
    public string? Description { get; set; }
    /// <summary>access, speech, information or data-governance (the codebook's "dimension" list).</summary>
    public string? Dimension { get; set; }
    public List<string> Motives { get; set; } = [];
    public List<string> Methods { get; set; } = [];
    public List<string> Responses { get; set; } = [];
    public bool IsDeleted { get; set; }
    public int Version { get; set; }
}
