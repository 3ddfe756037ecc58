using Swarmscope.Core;

namespace Swarmscope.Ingest;

/// <summary>
/// Reads one export format into normalized records. An importer never decides what is suspicious;
/// it only says what the file says, with provenance on every record.
/// </summary>
public interface IPlatformImporter
{
    /// <summary>The name used with --format, e.g. "ira", "io-archive", "twitter-v2".</summary>
    string Format { get; }

    /// <summary>One line for `swarmscope formats` and the README.</summary>
    string Description { get; }

    /// <summary>How sure (0 = not this format, 1 = certainly) the importer is that a file whose name and first
    /// decompressed bytes are given is in its format. Used by auto-detection; must not throw.</summary>
    double Sniff(string fileName, ReadOnlySpan<byte> head);

    /// <summary>Streams the (already decompressed) file into <paramref name="sink"/>.</summary>
    void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default);
}
