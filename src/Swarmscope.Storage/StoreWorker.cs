namespace Swarmscope.Storage;

/// <summary>
/// The one thread that uses the store's connection during a multi-file import: it runs the files' DuckDB steps
/// (start, commit, abandon) strictly in the order they were queued, so every file's transaction begins after the
/// previous file's commit, as in a file-by-file import, while the caller's thread already parses the next file.
/// The first step that fails is remembered with its file; the steps after it are told so.
/// </summary>
internal sealed class StoreWorker : IDisposable
{
    private readonly System.Collections.Concurrent.BlockingCollection<Action> _steps = new();
    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private volatile ImportFileException? _failure;

    public StoreWorker()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "swarmscope store" };
        _thread.Start();
    }

    /// <summary>The first failure, or null.</summary>
    public ImportFileException? Failure => _failure;

    /// <summary>Queues a step of file <paramref name="index"/>; an exception it throws becomes that file's failure.</summary>
    public void Enqueue(int index, string path, Action step) => _steps.Add(() =>
    {
        try { step(); }
        catch (Exception e) { Fail(index, path, e); }
    });

    /// <summary>Records a failure (of a step, or found by the parser); the one of the earliest file wins.</summary>
    public void Fail(int index, string path, Exception e)
    {
        lock (_gate)
        {
            if (_failure is null || index < _failure.Index) _failure = e as ImportFileException ?? new ImportFileException(path, index, e);
        }
    }

    /// <summary>True when file <paramref name="index"/> or one before it failed: its steps must not touch the store.</summary>
    public bool FailedUpTo(int index) => _failure is { } f && f.Index <= index;

    /// <summary>Waits until every queued step ran.</summary>
    public void Finish()
    {
        if (!_steps.IsAddingCompleted) _steps.CompleteAdding();
        _thread.Join();
    }

    private void Run()
    {
        foreach (var step in _steps.GetConsumingEnumerable()) step();
    }

    public void Dispose()
    {
        Finish();
        _steps.Dispose();
    }
}
