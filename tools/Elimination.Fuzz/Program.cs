using Elimination.Core.Fields;
using Elimination.Core.IO;
using Elimination.Fuzz;
using SharpFuzz;

// afl-fuzz drives the instrumented process through SharpFuzz's fork server: each input arrives as a
// stream. `--replay FILE...` runs inputs directly (reproducing a crash without afl);
// `--seeds OUTDIR FILE.sys...` writes each system in every readable format as a seed corpus.
if (args.Length > 0 && args[0] == "--replay")
{
    foreach (var path in args.Skip(1)) FuzzTarget.Run(File.ReadAllBytes(path));
    return;
}
if (args.Length > 1 && args[0] == "--seeds")
{
    Directory.CreateDirectory(args[1]);
    foreach (var path in args.Skip(2))
    {
        var file = SystemFile.Load(path);
        var ring = file.Ring<uint, PrimeField>(file.Field.IsRationals ? new PrimeField(32003) : file.Field.PrimeField());
        var ideal = file.Parse(ring);
        foreach (var format in new[] { "native", "singular", "m2", "json" })
        {
            var writer = IdealFormats.Default.Writer(format);
            File.WriteAllText(Path.Combine(args[1], Path.GetFileNameWithoutExtension(path) + writer.Extension), writer.ToText(ring, ideal));
        }
    }
    return;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTarget.Run(buffer.ToArray());
});
