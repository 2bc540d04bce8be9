namespace Elimination.Samples;

/// <summary>
/// Small programs that use the library directly. Run one with
/// <c>dotnet run --project samples/Elimination.Samples -- NAME</c>; without a name all run.
/// The tests run every sample once, so they cannot rot.
/// </summary>
public static class Program
{
    public static readonly IReadOnlyDictionary<string, Action<TextWriter>> Samples = new Dictionary<string, Action<TextWriter>>
    {
        ["implicitize-network"] = ImplicitizeNetwork.Run,
        ["singular-locus"] = SingularLocusOfCusp.Run,
        ["ed-degree-from-data"] = EdDegreeFromData.Run,
        ["custom-engine"] = CustomEngineRegistration.Run,
    };

    public static int Main(string[] args)
    {
        var names = args.Length > 0 ? args : Samples.Keys.ToArray();
        foreach (var name in names)
        {
            if (!Samples.TryGetValue(name, out var run))
            {
                Console.Error.WriteLine($"unknown sample '{name}'; samples: {string.Join(", ", Samples.Keys)}");
                return 2;
            }
            Console.WriteLine($"== {name}");
            run(Console.Out);
        }
        return 0;
    }
}
