namespace Swarmscope.Simulation;

/// <summary>How a farm varies a prepared text from post to post, to slip past exact matching.</summary>
[Flags]
public enum TextVariation
{
    /// <summary>Every post of a pool text is the same text.</summary>
    None = 0,
    /// <summary>Pronoun and synonym swaps (I/We, my/our, cares/thinks), trailing emoji and punctuation.</summary>
    WordSwaps = 1,
    /// <summary>Slots for a name, a city and a number, filled per post.</summary>
    NameSlots = 2,
    /// <summary>Kazakh texts written in Cyrillic or in the Latin alphabet of 2021, and look-alike letters mixed in.</summary>
    Script = 4,
}
