using Elimination.Core.IO;
using System.CommandLine;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Commands;

/// <summary>
/// <c>elimination merge shard*.csv --output results.csv</c>: joins the CSV files of an experiment's
/// shards (same columns), dropping torn last lines and duplicate cases (first occurrence wins); a complete row with the
/// wrong number of cells is exit 2 unless --skip-malformed.
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
        var skip = new Option<bool>("--skip-malformed")
        {
            Description = "Drop rows with the wrong number of cells anywhere in a file (default: exit 2 naming the first; only a\n" +
                          "torn last line, a shard still being written, is dropped with a warning).",
        };
        command.Arguments.Add(files);
        command.Options.Add(skip);
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
                for (int i = 1; i < lines.Count; i++)
                {
                    var line = lines[i];
                    if (line.Length == 0) continue;
                    var cells = Csv.Split(line);
                    if (cells.Count != header.Length)
                    {
                        // Torn last lines (no final newline: a shard being written) were set aside above; a whole row with the
                        // wrong cells is damage, not to be merged away silently.
                        if (!r.GetValue(skip))
                            throw new InvalidInputException($"{path}:{i + 1}: {cells.Count} cells where the header has {header.Length} " +
                                                            "(a damaged shard? --skip-malformed drops such rows)");
                        torn++;
                        continue;
                    }
                    if (!seen.Add(key >= 0 ? cells[key] : line)) { duplicates++; continue; }
                    rows.Add(line);
                }
            }
            if (header is null) throw new InvalidInputException("the input files are empty");
            ctx.Log.Information("{Rows} rows, {Duplicates} duplicates dropped, {Torn} torn lines dropped", rows.Count, duplicates, torn);
            if (torn > 0) ctx.Log.Warning("{Torn} line(s) were dropped: a last line without its newline (a shard still being written?) or, with --skip-malformed, rows with the wrong number of cells", torn);
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
