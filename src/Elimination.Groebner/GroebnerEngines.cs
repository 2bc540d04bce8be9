using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner.Buchberger;
using Elimination.Groebner.Modular;
using Elimination.Core.Errors;

namespace Elimination.Groebner;

/// <summary>
/// The engines by name, as <c>--algorithm</c> takes them: buchberger, f4, modular, and auto (the
/// default: f4 over F_p, modular over ℚ, buchberger where neither applies). Engines of one's
/// own are composed by the caller (see samples/Elimination.Samples, CustomEngineRegistration).
/// </summary>
public static class GroebnerEngines
{
    public const string Auto = "auto";

    private static readonly Lazy<IReadOnlyDictionary<string, Func<IGroebnerEngine>>> Factories = new(Discover);

    /// <summary>All names <see cref="Get"/> accepts, auto first.</summary>
    public static IReadOnlyList<string> Names => new[] { Auto }.Concat(Factories.Value.Keys.OrderBy(n => n, StringComparer.Ordinal)).ToList();

    /// <summary>A fresh engine by name (case-insensitive); unknown names list the known ones.</summary>
    public static IGroebnerEngine Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant();
        if (key == Auto) return new AutoEngine();
        if (Factories.Value.TryGetValue(key, out var make)) return make();
        throw new InvalidInputException($"unknown Gröbner engine '{name}'; known engines: {string.Join(", ", Names)}");
    }

    /// <summary>Whether an engine of this name exists.</summary>
    public static bool Exists(string name) =>
        name.Trim().ToLowerInvariant() is var key && (key == Auto || Factories.Value.ContainsKey(key));

    /// <summary>The default engine for a field: modular over ℚ, f4 over F_p.</summary>
    public static IGroebnerEngine Default<T, TField>(TField field) where TField : struct, IField<T>
    {
        if (field.Characteristic == 0 && Factories.Value.TryGetValue("modular", out var modular))
        {
            var engine = modular();
            if (engine.Supports<T, TField>(field)) return engine;
        }
        if (field.Characteristic != 0 && Factories.Value.TryGetValue("f4", out var f4))
        {
            var engine = f4();
            if (engine.Supports<T, TField>(field)) return engine;
        }
        return new BuchbergerEngine();
    }

    /// <summary>The engine the modular method runs per prime (f4).</summary>
    public static IGroebnerEngine ForPrimeFields() => Default<uint, PrimeField>(new PrimeField(2147483647));

    /// <summary>
    /// Computes with the named engine (null or "auto": the default for the generators' field).
    /// Throws <see cref="ArgumentException"/> when the engine does not support the field.
    /// </summary>
    public static GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null, string? engine = null)
        where TField : struct, IField<T>
    {
        var e = engine is null ? new AutoEngine() : Get(engine);
        if (generators.Count > 0 && !e.Supports<T, TField>(generators[0].Ring.Field))
            throw new UnsupportedFieldException($"engine '{e.Name}' does not work over {generators[0].Ring.Field.Name}");
        return e.Compute(generators, options);
    }

    private static IReadOnlyDictionary<string, Func<IGroebnerEngine>> Discover() =>
        new Dictionary<string, Func<IGroebnerEngine>>(StringComparer.Ordinal)
        {
            ["buchberger"] = () => new BuchbergerEngine(),
            ["f4"] = () => new F4.F4Engine(),
            ["modular"] = () => new ModularEngine(),
        };

    /// <summary>"auto": chooses <see cref="Default{T,TField}"/> from the generators' field at each call.</summary>
    private sealed class AutoEngine : IGroebnerEngine
    {
        public string Name => Auto;

        public bool Supports<T, TField>(TField field) where TField : struct, IField<T> => true;

        public GroebnerResult<T, TField> Compute<T, TField>(IReadOnlyList<Polynomial<T, TField>> generators, GroebnerOptions? options = null)
            where TField : struct, IField<T>
        {
            // With no generators there is no field to look at; any engine returns the empty basis.
            var engine = generators.Count > 0 ? Default<T, TField>(generators[0].Ring.Field) : new BuchbergerEngine();
            return engine.Compute(generators, options);
        }
    }
}
