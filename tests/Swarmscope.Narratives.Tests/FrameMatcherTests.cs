using Swarmscope.Core;
using Swarmscope.Core.Codebooks;

namespace Swarmscope.Narratives.Tests;

/// <summary>Frames from a codebook (the example of docs/codebook.md, read by the shared parser) matched to hand-written posts.</summary>
public class FrameMatcherTests
{
    private const string CodebookYaml = """
        format: 1
        id: kz-unfreedom
        name: Unfreedom Monitor — Kazakhstan
        version: 3
        frames:
          - id: best-leader
            label: Tokayev is the best leader for Kazakhstan right now
            phrases:
              en: [new Kazakhstan, made a choice]
              ru: [новый Казахстан, сделал выбор]
              kk: [жаңа Қазақстан, таңдау жасадым]
            children:
              - id: imitated-support
                label: Praise that imitates public support
                phrases:
                  en: [our families provide, votes for Tokayev]
                  ru: [наши семьи, голоса за Токаева]
          - id: foreign-agents
            label: Critics are foreign agents
            phrases:
              ru: [иностранный агент]
        """;

    private static readonly FrameMatcher Matcher = new(CodebookParser.Parse(CodebookYaml, "test.codebook.yaml"));

    private static Dictionary<string, string[]> FramesOf(string text)
    {
        var found = new Dictionary<int, SortedSet<string>>();
        Matcher.Match(new Swarmscope.Text.TermAnalyzer().Terms(text).ToList(), found);
        return found.ToDictionary(kv => Matcher.Frames[kv.Key].Id, kv => kv.Value.ToArray());
    }

    [Theory]
    [InlineData("Голосуем за Новый Казахстан!", "best-leader")]
    [InlineData("Мы за новому казахстану", "best-leader")]                        // inflected: stems match
    [InlineData("Мен жаңа Қазақстан үшін дауыс беремін", "best-leader")]         // Kazakh Cyrillic
    [InlineData("Men Jańa Qazaqstan úshin daýys beremin", "best-leader")]       // 2018 Latin
    [InlineData("Men Jaña Qazaqstan üşin dauys beremin", "best-leader")]         // 2021 Latin
    [InlineData("I made a choice for the new Kazakhstan", "best-leader")]
    [InlineData("Он иностранный агент и провокатор", "foreign-agents")]
    public void Phrases_match_in_any_inflection_and_script(string text, string frame) =>
        Assert.Contains(frame, FramesOf(text).Keys);

    [Fact]
    public void A_child_frame_counts_for_its_parent_with_the_phrases_as_evidence()
    {
        var frames = FramesOf("Наши семьи отдают голоса за Токаева — это новый Казахстан");
        Assert.Equal(["голоса за Токаева", "наши семьи"], frames["imitated-support"]);
        // The parent's score counts its own phrase and its child's: three distinct phrases.
        Assert.Equal(["голоса за Токаева", "наши семьи", "новый Казахстан"], frames["best-leader"]);
        Assert.DoesNotContain("foreign-agents", frames.Keys);
    }

    [Theory]
    [InlineData("Погода в Астане сегодня хорошая")]
    [InlineData("Казахстан новый стадион открыл")]                               // words present, not as the phrase
    public void Posts_without_a_phrase_get_no_frame(string text) => Assert.Empty(FramesOf(text));

    [Fact]
    public void Frames_are_assigned_per_authored_post_and_reposts_are_left_out()
    {
        var builder = new NarrativeCorpusBuilder();
        builder.Add(Post("1", PostKind.Post, "Наши семьи за новый Казахстан"));
        builder.Add(Post("2", PostKind.Repost, "Наши семьи за новый Казахстан"));
        builder.Add(Post("3", PostKind.Post, "Погода хорошая"));
        var corpus = builder.Build();
        var assigned = Matcher.Assign(corpus);
        Assert.Equal([("1", "best-leader", 2), ("1", "imitated-support", 1)],
            assigned.Select(a => (corpus.PostIds[a.Post], Matcher.Frames[a.Frame].Id, a.Score)).ToArray());
    }

    private static Post Post(string id, PostKind kind, string text) => new()
    {
        Platform = Platform.Telegram, Id = id, AccountId = "a", Time = new Timestamp(1_700_000_000_000, TimePrecision.Second), Kind = kind, Text = text,
    };
}
