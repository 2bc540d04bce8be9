using Elimination.Core.IO;
using System.CommandLine;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination merge shard*.csv --output results.csv</c>: joins the CSV files of an experiment's
/// shards (same columns), dropping torn last lines and duplicate cases (first occurrence wins).
/// </summary>
internal sealed class MergeCommand(CommandServices services) : RunnerCommand(services)
{
    protected override string Name => "merge";

    protected override string Description =>
        "Join the results.csv (or timeout.csv) files of experiment shards into one; cases are deduplicated by their Architecture column.\n" +
        "Example: elimination merge shard0/results.csv shard1/results.csv --output results.csv";

    protected override Handler Define(Command command)
    {
        var files = new Argument<string[]>("FILES") { Description = "CSV files with identical headers.", Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(files);
        return new Handler((r, ctx) =>
        {
            string[]? header = null;
            var seen = new HashSet<string>();
            var rows = new List<string>();
            int duplicates = 0, torn = 0;
            foreach (var path in r.GetValue(files)!)
            {
                if (!File.Exists(path)) throw new FileNotFoundException($"no such file: '{path}'", path);
                var text = TextFile.Read(path);
                var lines = text.Split('\n').ToList();
                // The last element is "" after a final newline; anything else is a torn line.
                if (lines[^1].Length > 0) torn++;
                lines.RemoveAt(lines.Count - 1);
                if (lines.Count == 0) continue;
                var h = Csv.Split(lines[0]).ToArray();
                if (header is null) header = h;
                else if (!header.SequenceEqual(h))
                    throw new InvalidInputException($"'{path}' has the columns {string.Join(", ", h)}, unlike the first file's {string.Join(", ", header)}");
                int key = Array.IndexOf(header, "Architecture");
                foreach (var line in lines.Skip(1))
                {
                    if (line.Length == 0) continue;
                    var cells = Csv.Split(line);
                    if (cells.Count != header.Length) { torn++; continue; }
                    if (!seen.Add(key >= 0 ? cells[key] : line)) { duplicates++; continue; }
                    rows.Add(line);
                }
            }
            if (header is null) throw new InvalidInputException("the input files are empty");
            ctx.Log.Information("{Rows} rows, {Duplicates} duplicates dropped, {Torn} torn lines dropped", rows.Count, duplicates, torn);
            if (torn > 0) ctx.Log.Warning("{Torn} line(s) had the wrong number of cells or no final newline (a shard still being written?) and were dropped", torn);
            ctx.WriteResult(w =>
            {
                w.Write(Csv.Line(header));
                foreach (var row in rows) w.Write(row + "\n");
            });
            return ExitCodes.Ok;
        }) { Inputs = r => r.GetValue(files)! };
    }

    protected override SharedOptions Shared => SharedOptions.Output;
}
