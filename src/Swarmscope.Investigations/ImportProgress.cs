using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>Live counters of the running import, read by a progress display on another thread.</summary>
public sealed class ImportProgress
{
    private ImportBatch? _batch;
    private FileStream? _file;

    public string? CurrentFile { get; private set; }

    /// <summary>How many files have begun to be read; the one being read is number FilesStarted (1-based).</summary>
    public int FilesStarted => _filesStarted;

    private volatile int _filesStarted;

    /// <summary>Records (posts, accounts, rejected) received so far from the current file.</summary>
    public long Records => _batch is { } b ? b.PostsRead + b.AccountsRead + b.RejectedCount : 0;

    /// <summary>Share of the current file's (compressed) bytes read, 0..1.</summary>
    public double Fraction
    {
        get
        {
            try { return _file is { Length: > 0 } f ? Math.Clamp((double)f.Position / f.Length, 0, 1) : 0; }
            catch (ObjectDisposedException) { return 1; }
        }
    }

    internal void Start(string path, ImportBatch batch, FileStream file)
    {
        CurrentFile = path;
        _batch = batch;
        _file = file;
        _filesStarted++;
    }

    internal void Stop()
    {
        _batch = null;
        _file = null;
    }
}
