using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>
/// One imported file. Records = posts + accounts; merged records were already stored (or repeated in the file) and
/// added nothing. <see cref="Label"/> is its name, or as many of its folders as tell it apart from the other files.
/// </summary>
public sealed record ImportedFile(
    string Path, string Label, string Format,
    long PostsRead, long PostsImported, long PostsMerged,
    long AccountsRead, long AccountsImported, long AccountsMerged,
    long Rejected, double Seconds, bool AlreadyImported)
{
    public long Read => PostsRead + AccountsRead + Rejected;
    public long Imported => PostsImported + AccountsImported;
    public long Merged => PostsMerged + AccountsMerged;

    internal static ImportedFile From(ImportSummary s, string label) => new(
        s.Path, label, s.Format, s.PostsRead, s.PostsImported, s.PostsMerged, s.AccountsRead, s.AccountsImported, s.AccountsMerged,
        s.Rejected, s.Seconds, s.AlreadyImported);
}
