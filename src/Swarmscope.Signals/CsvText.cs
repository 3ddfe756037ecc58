using System.Text;
using Swarmscope.Core.Csv;

namespace Swarmscope.Signals;

/// <summary>Records of a small CSV text as lists of cells, read by the one codec (<see cref="CsvReader"/>) with
/// Swarmscope's own cells restored (<see cref="CsvReader.GetText"/>). For labels and tests; files use CsvReader directly.</summary>
public static class CsvText
{
    public static IEnumerable<(long Line, List<string> Fields)> Read(TextReader reader)
    {
        using var csv = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd())), ownsStream: true);
        while (csv.Read())
        {
            var fields = new List<string>(csv.FieldCount);
            for (var i = 0; i < csv.FieldCount; i++) fields.Add(csv.GetText(i));
            yield return (csv.LineNumber, fields);
        }
    }
}
