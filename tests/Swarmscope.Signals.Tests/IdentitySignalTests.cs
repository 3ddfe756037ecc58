using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

public class IdentitySignalTests
{
    [Fact]
    public void EmptyProfileScoresOneAndFullProfileZero()
    {
        var table = Build.Extract([
            Build.Account("full"),
            Build.Account("empty", followers: 0, following: 1, posts: 0, description: "", image: "https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png"),
        ]);
        var full = table.Find(Platform.Twitter, "full")!;
        var empty = table.Find(Platform.Twitter, "empty")!;
        Assert.Equal(0, full["empty_profile"].Value);
        Assert.Equal(1, empty["empty_profile"].Value);
        Assert.Equal(1, empty["default_photo"].Value);
        Assert.Equal(0, full["default_photo"].Value);
        Assert.Equal(1, empty["no_description"].Value);
        Assert.Contains("default photo", empty["empty_profile"].Reason);
        Assert.Contains("0 followers", empty["empty_profile"].Reason);
    }

    [Fact]
    public void UnknownFollowersAreNotZeroFollowers()
    {
        var table = Build.Extract([
            Build.Account("zero", followers: 0, following: 0, posts: 0),
            Build.Account("unknown", followers: null, following: null, posts: null),
            Build.Bare("bare"),
        ]);
        Assert.Equal(0, table.Find(Platform.Twitter, "zero")!["followers_log"].Value);
        Assert.Null(table.Find(Platform.Twitter, "unknown")!["followers_log"].Value);
        Assert.Null(table.Find(Platform.Twitter, "unknown")!["follow_ratio"].Value);
        // With photo and description known and good, unknown counts leave the account not empty at all.
        Assert.Equal(0, table.Find(Platform.Twitter, "unknown")!["empty_profile"].Value);
        Assert.Equal(3 / 5.0, table.Find(Platform.Twitter, "zero")!["empty_profile"].Value);
        // Nothing exported: every identity signal unknown, not "empty".
        var bare = table.Find(Platform.Twitter, "bare")!;
        Assert.Null(bare["empty_profile"].Value);
        Assert.Null(bare["no_description"].Value);
        Assert.Null(bare["default_photo"].Value);
    }

    [Fact]
    public void VerifiedAndFollowRatio()
    {
        var table = Build.Extract([Build.Account("a", followers: 9, following: 999, verified: true)]);
        var a = table.Accounts[0];
        Assert.Equal(1, a["verified"].Value);
        Assert.Equal(2, a["follow_ratio"].Value!.Value, 6);
    }

    [Fact]
    public void SharedProfilePhotoIsFoundWithinHammingThreshold()
    {
        const ulong photo = 0xF0F0_1234_ABCD_0F0FUL;
        var table = Build.Extract([
            Build.Account("a", hash: photo),
            Build.Account("b", hash: photo ^ 0b101), // 2 bits apart: the same photo re-encoded
            Build.Account("c", hash: ~photo),        // a different photo
            Build.Account("d", hash: null),
        ]);
        Assert.Equal(1, table.Find(Platform.Twitter, "a")!["shared_photo"].Value);
        Assert.Equal(1, table.Find(Platform.Twitter, "b")!["shared_photo"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "c")!["shared_photo"].Value);
        Assert.Null(table.Find(Platform.Twitter, "d")!["shared_photo"].Value);
        Assert.Contains("1 other account", table.Find(Platform.Twitter, "a")!["shared_photo"].Reason);
    }

    [Fact]
    public void PhotoIndexMatchesBruteForce()
    {
        var rng = new Random(7);
        var hashes = new List<ulong?>();
        for (var i = 0; i < 300; i++)
        {
            ulong h = (ulong)rng.NextInt64();
            if (i % 3 == 0 && hashes.Count > 0 && hashes[rng.Next(hashes.Count)] is { } baseHash) h = baseHash ^ (1UL << rng.Next(64)) ^ (1UL << rng.Next(64));
            hashes.Add(i % 17 == 0 ? null : h);
        }
        for (var k = 0; k <= 8; k += 4)
        {
            var fast = PhotoReuseIndex.CountNeighbours(hashes, k);
            for (var i = 0; i < hashes.Count; i++)
            {
                if (hashes[i] is null) { Assert.Equal(-1, fast[i]); continue; }
                var brute = 0;
                for (var j = 0; j < hashes.Count; j++)
                    if (j != i && hashes[j] is { } other && PerceptualHash.Hamming(hashes[i]!.Value, other) <= k) brute++;
                Assert.Equal(brute, fast[i]);
            }
        }
    }

    [Fact]
    public void DHashIsStableUnderBrightnessAndDiffersForDifferentImages()
    {
        var a = new byte[64 * 64];
        var b = new byte[64 * 64];
        var c = new byte[64 * 64];
        for (var y = 0; y < 64; y++)
        for (var x = 0; x < 64; x++)
        {
            a[y * 64 + x] = (byte)((x * 3 + y * 2) % 200);
            b[y * 64 + x] = (byte)(a[y * 64 + x] + 20);
            c[y * 64 + x] = (byte)((255 - x * 4 + y) & 0xFF);
        }
        var ha = PerceptualHash.DHash(a, 64, 64);
        Assert.Equal(ha, PerceptualHash.DHash(b, 64, 64));
        Assert.True(PerceptualHash.Hamming(ha, PerceptualHash.DHash(c, 64, 64)) > 10);
    }
}
