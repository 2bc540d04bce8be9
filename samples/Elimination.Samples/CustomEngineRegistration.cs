using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Groebner.Buchberger;
using Microsoft.Extensions.DependencyInjection;

namespace Elimination.Samples;

/// <summary>
/// Registering an engine of one's own: any <see cref="IGroebnerEngine"/> can be composed with
/// Microsoft.Extensions.DependencyInjection (as the runner does) or passed directly to the ideal operations.
/// Here a decorator counts the calls it forwards to the reference Buchberger engine.
/// </summary>
public static class CustomEngineRegistration
{
    public sealed class CountingEngine(IGroebnerEngine inner) : IGroebnerEngine
    {
        public int Calls { get; private set; }
        public string Name => "counting-" + inner.Name;
        public bool Supports<T, TField>(TField field) where TField : struct, IField<T> => inner.Supports<T, TField>(field);

        public GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null)
            where TField : struct, IField<T>
        {
            Calls++;
            return inner.Compute(generators, options);
        }
    }

    public static void Run(TextWriter output)
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IGroebnerEngine>(_ => new CountingEngine(new BuchbergerEngine()))
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<IGroebnerEngine>();

        var ring = new PolynomialRing<uint, PrimeField>(new PrimeField(32003), new[] { "x", "y", "z" });
        var cyclic3 = new[] { "x + y + z", "x*y + y*z + z*x", "x*y*z - 1" }.Select(ring.Parse).ToList();
        var result = engine.Compute(cyclic3);
        output.WriteLine($"{engine.Name}: {string.Join(", ", result.Basis)}");
        output.WriteLine($"calls: {((CountingEngine)engine).Calls}");
    }
}
