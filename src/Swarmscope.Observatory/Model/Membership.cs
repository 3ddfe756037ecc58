namespace Swarmscope.Observatory.Model;

/// <summary>A user's role in one observatory. Users are identified by the id of the web app's login store.</summary>
public sealed class Membership
{
    public int Id { get; set; }
    public int ObservatoryId { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public ObservatoryRole Role { get; set; }
}
