using System.Security.Cryptography;
using System.Text;

namespace Elimination.Neuro;

/// <summary>
/// Finished graded pieces on disk, so an interrupted interpolation resumes where it stopped. A piece's
/// kernel depends only on the network, the prime, the random points (seed and prime index: the
/// points are drawn in sequence, and a piece of M monomials uses the first M + 5) and the piece's
/// grading, so it is stored under a folder named by a hash of the network line and those numbers, in
/// a file named by the block multidegree and torus weight. Each file is written to a temporary name
/// and renamed, so a killed run leaves no torn piece; a file that does not read back whole is ignored.
/// </summary>
public sealed class InterpolationCheckpoint
{
    private readonly string _directory;
    private readonly string _network;

    /// <param name="directory">Created if missing; may be shared by runs of different networks.</param>
    public InterpolationCheckpoint(string directory, INeuralArchitecture arch)
    {
        _directory = directory;
        _network = ArchitectureSpec.Canonical(arch);
    }

    /// <summary>Pieces read back from disk in this run.</summary>
    public int Loaded => _loaded;
    private int _loaded;

    internal string PathOf(uint prime, int pointSeed, int[] multidegree, int[] weight)
    {
        var key = Encoding.UTF8.GetBytes($"{_network}|{prime}|{pointSeed}");
        string folder = Convert.ToHexString(SHA256.HashData(key))[..16].ToLowerInvariant();
        string name = string.Join("-", multidegree) + "_" + string.Join("-", weight) + ".kernel";
        return Path.Combine(_directory, folder, name);
    }

    internal bool TryLoad(string path, int monomials, out int[] free, out List<uint[]> kernel)
    {
        free = Array.Empty<int>();
        kernel = new List<uint[]>();
        if (!File.Exists(path)) return false;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadInt32() != monomials) return false;
            int count = reader.ReadInt32();
            if (count < 0 || count > monomials) return false;
            free = new int[count];
            for (int i = 0; i < count; i++) free[i] = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                var v = new uint[monomials];
                for (int m = 0; m < monomials; m++) v[m] = reader.ReadUInt32();
                kernel.Add(v);
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) return false;
            Interlocked.Increment(ref _loaded);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    internal void Save(string path, int monomials, int[] free, List<uint[]> kernel)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(monomials);
            writer.Write(free.Length);
            foreach (int c in free) writer.Write(c);
            foreach (var v in kernel)
                foreach (uint x in v) writer.Write(x);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
