using Swarmscope.Core;

namespace Swarmscope.Signals;

/// <summary>
/// What is kept per account while posts stream past: post times as 4-byte Unix seconds and a few counters.
/// About 4 bytes per post plus a fixed header, instead of a Post object per post.
/// </summary>
internal sealed class AccountActivity
{
    public uint[] Times = [];
    public int Count;
    public int Reposts;
    public int Replies;
    public int InBursts;
    public int CoarseTimes; // day-precision timestamps carry no hour of day
    public long CyrillicLetters;
    public long LatinLetters;
    public long OtherLetters;
    public string? FirstHandle;
    public List<string>? OtherHandles;
    public string[]? Languages;
    public int[]? LanguageCounts;

    private const int MaxScannedChars = 280;

    public void Add(Post post, bool inBurst)
    {
        if (Count == Times.Length) Array.Resize(ref Times, Math.Max(8, Times.Length * 2));
        var seconds = post.Time.UnixMilliseconds / 1000;
        Times[Count++] = (uint)Math.Clamp(seconds, 0, uint.MaxValue);
        switch (post.Kind)
        {
            case PostKind.Repost or PostKind.Forward: Reposts++; break;
            case PostKind.Reply or PostKind.Comment: Replies++; break;
        }
        if (inBurst) InBursts++;
        if (post.Time.Precision >= TimePrecision.Day) CoarseTimes++;
        if (post.AccountHandle is { Length: > 0 } handle) NoteHandle(handle);
        if (post.Language is { Length: > 0 } language) NoteLanguage(language);
        if (post.Text is { } text) CountScripts(text);
    }

    public void NoteHandle(string handle)
    {
        if (FirstHandle is null) { FirstHandle = handle; return; }
        if (string.Equals(FirstHandle, handle, StringComparison.OrdinalIgnoreCase)) return;
        OtherHandles ??= [];
        foreach (var h in OtherHandles)
            if (string.Equals(h, handle, StringComparison.OrdinalIgnoreCase)) return;
        OtherHandles.Add(handle);
    }

    private void NoteLanguage(string language)
    {
        Languages ??= new string[4];
        LanguageCounts ??= new int[4];
        for (var i = 0; i < Languages.Length; i++)
        {
            if (Languages[i] is null) { Languages[i] = language; LanguageCounts[i] = 1; return; }
            if (string.Equals(Languages[i], language, StringComparison.OrdinalIgnoreCase)) { LanguageCounts[i]++; return; }
        }
        // More than four languages: keep counting into a catch-all slot so shares stay honest.
        Array.Resize(ref Languages, Languages.Length + 1);
        Array.Resize(ref LanguageCounts, LanguageCounts.Length + 1);
        Languages[^1] = language;
        LanguageCounts[^1] = 1;
    }

    private void CountScripts(string text)
    {
        var end = Math.Min(text.Length, MaxScannedChars);
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a') LatinLetters++;
            }
            else if (c is >= '\u0400' and <= '\u052F') CyrillicLetters++;
            else if (c is >= '\u00C0' and <= '\u024F') LatinLetters++;
            else if (char.IsLetter(c)) OtherLetters++;
        }
    }
}
