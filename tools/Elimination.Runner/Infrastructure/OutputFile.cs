using System.Runtime.InteropServices;
using System.Text;
using Elimination.Core.Errors;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Where results go, without destroying what a path points at. A regular file (or a new path, or a
/// symlink to either) is written atomically: a temporary file next to the link's final target,
/// renamed over it, so readers never see half a result and the link survives. Anything else that
/// exists — /dev/null, /dev/full, /dev/stdout, a FIFO, a socket — is opened and written in place
/// (renaming over a device would replace the device node). <c>-</c> is stdout.
/// <see cref="Check"/> runs before the computation, so a bad path costs no compute time.
/// </summary>
public static class OutputFile
{
    public const string Stdout = "-";

    /// <summary>
    /// Fails (exit 2) when <paramref name="path"/> cannot receive the result: a directory, a missing
    /// or unwritable directory, or the input file itself (unless <paramref name="overwriteInput"/>).
    /// </summary>
    public static void Check(string path, string option, string? input, bool overwriteInput)
    {
        if (path == Stdout) return;
        if (string.IsNullOrWhiteSpace(path)) throw new InvalidInputException($"{option}: empty path");
        if (Directory.Exists(path)) throw new InvalidInputException($"{option} '{path}' is a directory");
        if (UnixFile.Exists(path) && !UnixFile.IsRegular(path)) return; // a device or FIFO: written in place
        var target = FinalTarget(path);
        if (input is not null && input != Stdout && File.Exists(input) && SamePath(FinalTarget(input), target) && !overwriteInput)
            throw new InvalidInputException($"{option} '{path}' is the input file; pass --overwrite-input to replace it");
        var dir = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(dir)) throw new InvalidInputException($"{option} '{path}': directory '{dir}' does not exist");
        // The atomic write needs to create a file in that directory: try it now, not after the work.
        var probe = TempName(target);
        try { using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write)) { } }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{option} '{path}': cannot write in '{dir}': {e.Message}");
        }
        finally { File.Delete(probe); }
    }

    /// <summary>
    /// Checks a file that is appended to (--log, experiment CSVs): opening it for append must work, and it may not be
    /// one of the <paramref name="inputs"/> (appending to an input corrupts it; there is no override).
    /// </summary>
    public static void CheckAppendable(string path, string option, IEnumerable<string>? inputs = null)
    {
        if (Directory.Exists(path)) throw new InvalidInputException($"{option} '{path}' is a directory");
        foreach (var input in inputs ?? [])
            if (input != Stdout && File.Exists(input) && File.Exists(path) && SamePath(FinalTarget(input), FinalTarget(path)))
                throw new InvalidInputException($"{option} '{path}' is an input file; appending to it would corrupt it");
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir)) throw new InvalidInputException($"{option} '{path}': directory '{dir}' does not exist");
        bool existed = File.Exists(path);
        try { using (new FileStream(path, FileMode.Append, FileAccess.Write)) { } }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{option} '{path}': cannot write: {e.Message}");
        }
        // A probe, not the output: a file that did not exist is created by the work itself.
        if (!existed) File.Delete(path);
    }

    /// <summary>Fails (exit 2) when two of the files a run writes are one file: the later write would replace the earlier.</summary>
    public static void CheckDistinct(IEnumerable<OutputPath> outputs)
    {
        var seen = new List<OutputPath>();
        foreach (var o in outputs)
        {
            if (o.Path == Stdout || (UnixFile.Exists(o.Path) && !UnixFile.IsRegular(o.Path))) continue;
            foreach (var earlier in seen)
                if (SamePath(FinalTarget(earlier.Path), FinalTarget(o.Path)))
                    throw new InvalidInputException($"{earlier.Option} and {o.Option} name the same file '{o.Path}'; give each its own");
            seen.Add(o);
        }
    }

    /// <summary>Writes the result to <paramref name="path"/> (see the class comment for how).</summary>
    public static void Write(string path, Action<TextWriter> write, CancellationToken cancel, TextWriter stdout)
    {
        if (path == Stdout)
        {
            WriteStdout(write, cancel, stdout);
            return;
        }
        WriteBytes(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
            write(writer);
        }, cancel);
    }

    /// <summary>
    /// Writes bytes (an image, or text through <see cref="Write"/>) to a file path: in place for devices
    /// and FIFOs (buffered first, so a cancelled run writes nothing), atomically for regular files.
    /// </summary>
    public static void WriteBytes(string path, Action<Stream> write, CancellationToken cancel)
    {
        if (UnixFile.Exists(path) && !UnixFile.IsRegular(path))
        {
            var buffer = new MemoryStream();
            write(buffer);
            cancel.ThrowIfCancellationRequested();
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
            buffer.Position = 0;
            buffer.CopyTo(stream);
            stream.Flush();
            return;
        }
        var full = FinalTarget(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"cannot write '{path}': directory '{dir}' does not exist");
        var temp = TempName(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            // Last chance to honour a timeout that fired while writing.
            cancel.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>The whole result to stdout, only once it is complete (a cancelled run prints nothing).</summary>
    public static void WriteStdout(Action<TextWriter> write, CancellationToken cancel, TextWriter stdout)
    {
        var text = Render(write);
        cancel.ThrowIfCancellationRequested();
        stdout.Write(text);
        stdout.Flush();
    }

    private static string Render(Action<TextWriter> write)
    {
        var buffer = new StringWriter { NewLine = "\n" };
        write(buffer);
        return buffer.ToString();
    }

    /// <summary>The path with every symlink followed (a dangling link gives its intended target).</summary>
    private static string FinalTarget(string path)
    {
        var full = Path.GetFullPath(path);
        for (int hops = 0; hops < 40; hops++)
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not string link) return full;
            full = Path.GetFullPath(link, Path.GetDirectoryName(full)!);
        }
        throw new InvalidInputException($"'{path}': too many levels of symbolic links");
    }

    private static bool SamePath(string a, string b) => string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string TempName(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    /// <summary>
    /// The file type from stat(2): .NET reports devices and FIFOs as "Normal" files, and only the
    /// mode bits tell them apart from regular files.
    /// </summary>
    private static class UnixFile
    {
        private const uint TypeMask = 0xF000, Regular = 0x8000;

        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        private static extern int Stat(string path, [Out] byte[] buffer);

        public static bool Exists(string path) => File.Exists(path) || Mode(path) is not null;

        /// <summary>True for a regular file (links followed); true as well where stat is unavailable.</summary>
        public static bool IsRegular(string path) => Mode(path) is not uint mode || (mode & TypeMask) == Regular;

        private static uint? Mode(string path)
        {
            // Offset of st_mode in glibc's struct stat.
            int offset = RuntimeInformation.ProcessArchitecture switch { Architecture.X64 => 24, Architecture.Arm64 => 16, _ => -1 };
            if (!OperatingSystem.IsLinux() || offset < 0) return null;
            var buffer = new byte[256];
            try { if (Stat(path, buffer) != 0) return null; }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return null; }
            return BitConverter.ToUInt32(buffer, offset);
        }
    }
}
