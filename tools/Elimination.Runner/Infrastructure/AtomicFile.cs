using System.Text;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Writes a file so that readers never see a partial one: into a temporary file in the same
/// directory, then renamed over the target. A cancelled or failed write leaves nothing behind.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write, CancellationToken cancel)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"cannot write '{path}': directory '{dir}' does not exist");
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" })
                write(writer);
            // Last chance to honour a timeout that fired while writing.
            cancel.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
