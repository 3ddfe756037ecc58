using Swarmscope.Core.Csv;

namespace Swarmscope.Core.Tests.Csv;

public class CsvHeaderTests
{
    [Fact]
    public void RepeatedNamesAreReportedIgnoringCaseAndUnnamedColumnsMayRepeat()
    {
        var header = new CsvHeader(["id", "text", "ID", "", "", "text", "time"]);
        Assert.Equal(["ID", "text"], header.Duplicates.Order(StringComparer.Ordinal));
        var problem = header.DuplicatesProblem();
        Assert.NotNull(problem);
        Assert.Contains("'text'", problem);
        Assert.Null(new CsvHeader(["id", "", "", "time"]).DuplicatesProblem());
    }
}

public class RejectedRecordTests
{
    /// <summary>A file forced into the wrong format can make a 16 MiB line its "column name": what an error echoes is bounded.</summary>
    [Fact]
    public void EchoedFieldAndReasonAreBounded()
    {
        var huge = new string('x', 16 << 20);
        var r = new RejectedRecord("f.csv", 2, huge, "not a timestamp: '" + huge + "'", "raw");
        Assert.True(r.Field!.Length < RejectedRecord.MaxFieldChars + 40);
        Assert.True(r.Reason.Length < RejectedRecord.MaxReasonChars + 40);
        Assert.Contains("16,777,", r.Reason);
        Assert.True(r.ToString().Length < 2000);
        Assert.Equal("short", new RejectedRecord("f.csv", 2, "short", "ok").Field);
    }
}
