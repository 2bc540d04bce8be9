using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Elimination.Neuro;
using Elimination.Runner.Infrastructure;
using Elimination.Core.Errors;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// A CSV file written by appending one whole line per write (under a lock), so concurrent
/// workers never interleave and a killed run leaves at most one torn last line, which is cut
/// off when the file is opened again.
/// </summary>
internal sealed class CsvLog
{
    private readonly string _path;
    private readonly string[] _columns;
    private readonly object _lock = new();

    public CsvLog(string path, string[] columns)
    {
        _path = path;
        _columns = columns;
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"cannot write '{path}': directory '{dir}' does not exist");
        RepairTornLine(path);
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
            File.WriteAllText(path, Csv.Line(columns));
        else
        {
            var header = Csv.Split(File.ReadLines(path).First());
            if (!header.SequenceEqual(columns))
                throw new InvalidInputException($"'{path}' has the columns {string.Join(", ", header)}, expected {string.Join(", ", columns)}");
        }
    }

    /// <summary>Drops a last line without its newline (a write cut short by a kill).</summary>
    public static void RepairTornLine(string path)
    {
        if (!File.Exists(path)) return;
        using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        if (fs.Length == 0) return;
        fs.Seek(-1, SeekOrigin.End);
        if (fs.ReadByte() == '\n') return;
        long pos = fs.Length - 1;
        while (pos > 0)
        {
            fs.Seek(pos - 1, SeekOrigin.Begin);
            if (fs.ReadByte() == '\n') break;
            pos--;
        }
        fs.SetLength(pos);
    }

    public IEnumerable<Dictionary<string, string>> Rows()
    {
        foreach (var line in File.ReadLines(_path).Skip(1))
        {
            if (line.Length == 0) continue;
            var cells = Csv.Split(line);
            if (cells.Count != _columns.Length) continue;
            yield return _columns.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        }
    }

    public IEnumerable<string> Column(string name) => Rows().Select(r => r[name]);

    public void Append(params string[] cells)
    {
        var bytes = Encoding.UTF8.GetBytes(Csv.Line(cells));
        lock (_lock)
        {
            // One write of the whole line with O_APPEND: no interleaving, at most a torn tail on a kill.
            using var fs = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            fs.Write(bytes);
            fs.Flush(flushToDisk: true);
        }
    }
}
