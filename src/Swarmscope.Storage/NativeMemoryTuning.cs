using System.Runtime.InteropServices;

namespace Swarmscope.Storage;

/// <summary>
/// The libduckdb.so shipped in DuckDB.NET's package allocates through glibc's malloc (DuckDB's own Linux builds use
/// jemalloc). glibc hands buffers of 128 KB and more to mmap and back to the kernel on free, so every row group DuckDB
/// compresses page-faults fresh memory in again, which is slow on this virtual machine. Keeping such buffers in the heap
/// made the IRA import ~5% faster (bench import, 2026-11-23). Process-wide and idempotent; a no-op where glibc is absent.
/// </summary>
internal static partial class NativeMemoryTuning
{
    private const int M_TRIM_THRESHOLD = -1;
    private const int M_MMAP_THRESHOLD = -3;
    private static int _applied;

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);

    public static void Apply()
    {
        if (Interlocked.Exchange(ref _applied, 1) == 1 || !OperatingSystem.IsLinux()) return;
        try
        {
            Mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's maximum
            Mallopt(M_TRIM_THRESHOLD, 1 << 30);
        }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
    }
}
