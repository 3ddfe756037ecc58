using System.Runtime.CompilerServices;

namespace Swarmscope.Detection;

/// <summary>
/// Open-addressing hash map from an account pair (packed into a long) to its running aggregate. Memory is
/// proportional to distinct pairs; per-object pair lists are never materialised.
/// </summary>
internal sealed class EdgeMap
{
    internal struct Entry
    {
        public long Key;
        public int Weight, FastWeight, LastObject, LastFastObject;
        public long AFirst, BFirst, Pairs, SumAbsDtMs;
        public double IdfWeight;
    }

    private int[] _slots;      // 0 = empty, else entry index + 1
    private Entry[] _entries;
    private int _mask;
    public int Count { get; private set; }

    public EdgeMap(int capacity = 1024)
    {
        var size = 1024;
        while (size < capacity * 2) size <<= 1;
        _slots = new int[size];
        _mask = size - 1;
        _entries = new Entry[Math.Max(16, capacity)];
    }

    public Span<Entry> Entries => _entries.AsSpan(0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 33);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Entry GetOrAdd(long key)
    {
        var slot = Hash(key) & _mask;
        while (true)
        {
            var s = _slots[slot];
            if (s == 0) break;
            ref var e = ref _entries[s - 1];
            if (e.Key == key) return ref e;
            slot = (slot + 1) & _mask;
        }
        return ref Add(key, slot);
    }

    private ref Entry Add(long key, int slot)
    {
        if (Count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
            slot = Hash(key) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
        }
        ref var e = ref _entries[Count];
        e = default;
        e.Key = key;
        e.LastObject = -1;
        e.LastFastObject = -1;
        _slots[slot] = ++Count;
        return ref e;
    }

    private void Grow()
    {
        var size = _slots.Length * 2;
        _slots = new int[size];
        _mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = Hash(_entries[i].Key) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = i + 1;
        }
    }
}
