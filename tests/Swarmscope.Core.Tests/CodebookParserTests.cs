using Swarmscope.Core.Codebooks;

namespace Swarmscope.Core.Tests;

public class CodebookParserTests
{
    private const string Sample = """
        # a comment
        format: 1
        id: test
        name: Test
        version: 2
        languages: [en, ru]
        scale:
          - {value: 1, label: Good}
          - {value: -1, label: Bad, guidance: guidance here}
          - {value: 0, label: Neutral}
        lists:
          platform:
            fb: Facebook
            tw: Twitter
        fields:
          - {key: platform, label: Platform, type: choice, list: platform, guidance: where it was posted}
          - {key: frames, label: Frames, type: frames}
          - {key: views, label: Views, type: count}
        frames:
          - id: a
            label: Parent A
            description: top
            phrases:
              en: [one, two]
              ru: [один]
            examples:
              - {lang: en, text: one and two}
            children:
              - id: a1
                label: {en: Child A1, ru: Ребёнок A1}
                children:
                  - {id: a1x, label: Grandchild}
              - {id: a2, label: Child A2}
          - {id: b, label: Parent B}
        """;

    [Fact]
    public void Reads_lists_fields_scale_and_the_frame_tree()
    {
        var book = CodebookParser.Parse(Sample);
        Assert.Equal(("test", "Test", 2), (book.Id, book.Name, book.Version));
        Assert.Equal(["en", "ru"], book.Languages);
        Assert.Equal([-1, 0, 1], book.Scale.Select(l => l.Value));
        Assert.Equal("guidance here", book.Scale[0].Guidance);
        Assert.Equal(["fb", "tw"], book.List("platform").Select(e => e.Id));
        Assert.Equal(CodebookFieldType.Choice, book.FindField("platform")!.Type);
        Assert.Equal("where it was posted", book.FindField("platform")!.Guidance);
        Assert.Equal(["a", "b"], book.Frames.Select(f => f.Id));
        Assert.Equal(["a1", "a2"], book.Frames[0].Children.Select(f => f.Id));
        Assert.Equal("a", book.FindFrame("a1x")!.Root.Id);
        Assert.Equal("Child A1", book.FindFrame("a1")!.Label);
        Assert.Equal(["one", "two"], book.Frames[0].Phrases["en"]);
        Assert.Equal("one and two", book.Frames[0].Examples[0].Text);
    }

    [Fact]
    public void Json_is_read_as_yaml()
    {
        var book = CodebookParser.Parse("""{"format": 1, "id": "j", "name": "J", "version": 1, "frames": [{"id": "x", "label": "X"}]}""");
        Assert.Equal("x", book.Frames[0].Id);
        Assert.Equal(7, book.Scale.Count);
    }

    [Theory]
    [InlineData("frames:\n  - {id: a, label: A}\n  - {id: a, label: again}", 7, "used twice")]
    [InlineData("fields:\n  - {key: x, label: X, type: choice, list: nolist}", 6, "does not declare")]
    [InlineData("fields:\n  - {key: x, label: X, type: colour}", 6, "unknown type")]
    [InlineData("frames:\n  - {id: a, label: A, phrasses: {en: [x]}}", 6, "unknown key 'phrasses'")]
    [InlineData("frames: [ {id: a", 4, "not valid YAML")]
    public void Errors_name_the_line_and_the_reason(string body, int line, string reason)
    {
        var e = Assert.Throws<CodebookFormatException>(() => CodebookParser.Parse("format: 1\nid: t\nname: T\nversion: 1\n" + body, "my.yaml"));
        Assert.Contains(reason, e.Message);
        Assert.StartsWith("my.yaml, line ", e.Message);
        if (reason != "not valid YAML") Assert.Equal(line, e.Line);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var e = Assert.Throws<CodebookFormatException>(() => CodebookParser.Parse("format: 2\nid: t\nname: T\nversion: 1"));
        Assert.Contains("format 2 is not known", e.Message);
    }
}
