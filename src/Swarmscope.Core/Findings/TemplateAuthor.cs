namespace Swarmscope.Core.Findings;

/// <summary>An account that posted a template, with how many of its posts.</summary>
public sealed record TemplateAuthor(Platform Platform, string AccountId, string? Handle, int Posts)
{
    /// <summary>What a person sees: the handle (or channel title) if known, otherwise the platform id.</summary>
    public string Label => Handle ?? AccountId;
}
