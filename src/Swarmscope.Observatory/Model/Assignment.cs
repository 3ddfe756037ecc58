namespace Swarmscope.Observatory.Model;

/// <summary>An item given to a coder. <see cref="Blind"/> assignments are the double-coded sample: the two coders of
/// an item cannot see each other's coding until both have submitted.</summary>
public sealed class Assignment
{
    public int Id { get; set; }
    public int ObservatoryId { get; set; }
    public int MediaItemId { get; set; }
    public string CoderId { get; set; } = "";
    public bool Blind { get; set; }
}
