using Swarmscope.Storage;
using Xunit;

namespace Swarmscope.Storage.Tests;

public class PostKeySetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Agrees_with_HashSet_over_random_keys_with_repeats_through_several_resizes(int seed)
    {
        var random = new Random(seed);
        var set = new PostKeySet();
        var reference = new HashSet<UInt128>();
        var seen = new List<UInt128>();
        for (var n = 0; n < 300_000; n++)
        {
            // A third of the adds repeat an earlier key, as repeated rows in overlapping exports do.
            UInt128 key = seen.Count > 0 && random.Next(3) == 0
                ? seen[random.Next(seen.Count)]
                : new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64());
            seen.Add(key);
            Assert.Equal(reference.Add(key), set.Add(key));
        }
        Assert.Equal(reference.Count, set.Count);
        foreach (var key in reference) Assert.True(set.Contains(key));
        for (var n = 0; n < 10_000; n++)
        {
            var absent = new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64());
            Assert.Equal(reference.Contains(absent), set.Contains(absent));
        }
    }

    [Fact]
    public void Keys_sharing_their_low_bits_probe_past_each_other_across_a_resize()
    {
        // All these keys want the same slot at every capacity; only the high half tells them apart.
        var set = new PostKeySet();
        for (ulong high = 1; high <= 100_000; high++) Assert.True(set.Add(new UInt128(high, 42)));
        for (ulong high = 1; high <= 100_000; high++) Assert.False(set.Add(new UInt128(high, 42)));
        Assert.True(set.Contains(new UInt128(77_777, 42)));
        Assert.False(set.Contains(new UInt128(100_001, 42)));
        Assert.False(set.Contains(new UInt128(1, 43)));
        Assert.Equal(100_000, set.Count);
    }

    [Fact]
    public void The_zero_key_is_a_key_like_any_other()
    {
        var set = new PostKeySet();
        Assert.False(set.Contains(UInt128.Zero));
        Assert.True(set.Add(UInt128.Zero));
        Assert.False(set.Add(UInt128.Zero));
        Assert.True(set.Add(UInt128.One));
        Assert.True(set.Contains(UInt128.Zero));
        Assert.Equal(2, set.Count);

        set.Clear();
        Assert.Equal(0, set.Count);
        Assert.False(set.Contains(UInt128.Zero));
        Assert.False(set.Contains(UInt128.One));
        Assert.True(set.Add(UInt128.Zero));
    }
}
