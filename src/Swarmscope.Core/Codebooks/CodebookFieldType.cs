namespace Swarmscope.Core.Codebooks;

/// <summary>What a coder enters for a field; decides how the form shows it and how agreement is measured.</summary>
public enum CodebookFieldType
{
    /// <summary>Free text (context, subtext, rationale): no agreement figure.</summary>
    Text,
    /// <summary>One entry of a list: nominal.</summary>
    Choice,
    /// <summary>Any entries of a list: a set (MASI).</summary>
    Choices,
    /// <summary>Entries of the frame tree: a set (MASI).</summary>
    Frames,
    /// <summary>A level of the codebook's scale: ordinal.</summary>
    Scale,
    /// <summary>A measurement: interval.</summary>
    Number,
    /// <summary>A count with a true zero (views, shares): ratio.</summary>
    Count,
    /// <summary>A calendar date: no agreement figure.</summary>
    Date,
}
