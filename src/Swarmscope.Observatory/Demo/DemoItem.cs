namespace Swarmscope.Observatory.Demo;

/// <summary>A media item of the demo observatory with its incident (0 or 1) and the coding(s) it comes with.</summary>
public sealed record DemoItem(
    int Incident, string Title, string? Url, string? Author, DateOnly? PublishedOn, string Platform, string MediaType,
    string Language, string? Location, string? Text, DemoCoding Coding, DemoCoding? SecondCoding = null);

/// <summary>One coder's values for a demo item. <see cref="Civic"/> is the civic impact level.</summary>
public sealed record DemoCoding(string[] Themes, string[] Frames, int Civic, string Reactions, string Context, string Subtext, string Rationale, long? Views = null);
