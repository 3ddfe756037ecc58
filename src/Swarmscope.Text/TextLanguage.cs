namespace Swarmscope.Text;

/// <summary>The languages whose words Swarmscope stems; anything else is <see cref="Unknown"/> and left unstemmed.</summary>
public enum TextLanguage
{
    Unknown,
    Russian,
    Kazakh,
    English,
}
