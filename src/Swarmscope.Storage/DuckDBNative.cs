using System.Runtime.InteropServices;

namespace Swarmscope.Storage;

/// <summary>
/// The few DuckDB C API calls the posts feed needs, declared on raw pointers: DuckDB owns the chunks and vectors a
/// table function fills, so they must never be wrapped in handles that could free them.
/// </summary>
internal static unsafe partial class DuckDBNative
{
    private const string Library = "duckdb";

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial IntPtr DataChunkGetVector(IntPtr chunk, ulong columnIndex);

    [LibraryImport(Library, EntryPoint = "duckdb_create_data_chunk")]
    public static partial IntPtr CreateDataChunk(IntPtr* types, ulong columnCount);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_reset")]
    public static partial void DataChunkReset(IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    public static partial void DestroyDataChunk(ref IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    public static partial void DataChunkSetSize(IntPtr chunk, ulong size);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    public static partial void* VectorGetData(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_ensure_validity_writable")]
    public static partial void VectorEnsureValidityWritable(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    public static partial ulong* VectorGetValidity(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_child")]
    public static partial IntPtr ListVectorGetChild(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_size")]
    public static partial ulong ListVectorGetSize(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_reserve")]
    public static partial int ListVectorReserve(IntPtr vector, ulong capacity);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_set_size")]
    public static partial int ListVectorSetSize(IntPtr vector, ulong size);

    [LibraryImport(Library, EntryPoint = "duckdb_function_get_extra_info")]
    public static partial IntPtr FunctionGetExtraInfo(IntPtr info);

    [LibraryImport(Library, EntryPoint = "duckdb_function_set_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void FunctionSetError(IntPtr info, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_init_set_max_threads")]
    public static partial void InitSetMaxThreads(IntPtr info, ulong maxThreads);

    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    public static partial IntPtr CreateLogicalType(int type);

    [LibraryImport(Library, EntryPoint = "duckdb_create_list_type")]
    public static partial IntPtr CreateListType(IntPtr childType);

    /// <summary>An ENUM type with these members, in this order (their index is the stored code).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_enum_type")]
    public static partial IntPtr CreateEnumType(byte** memberNames, ulong memberCount);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    public static partial void DestroyLogicalType(ref IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_add_result_column", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void BindAddResultColumn(IntPtr info, string name, IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_size")]
    public static partial ulong VectorSize();
}
