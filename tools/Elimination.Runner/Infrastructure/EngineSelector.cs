using Elimination.Core.Fields;
using Elimination.Groebner;
using Elimination.Core.Errors;

namespace Elimination.Runner.Infrastructure;

/// <summary>Picks a registered Gröbner engine by its <c>--algorithm</c> name.</summary>
public sealed class EngineSelector
{
    public EngineSelector(IEnumerable<IGroebnerEngine> engines) => Engines = engines.ToList();

    public IReadOnlyList<IGroebnerEngine> Engines { get; }

    public IEnumerable<string> Names => Engines.Select(e => e.Name);

    /// <summary>The <c>--algorithm</c> option every engine-using command shares.</summary>
    public System.CommandLine.Option<string> AlgorithmOption(string description = "Engine") => new("--algorithm", "-a")
    {
        Description = $"{description}: auto (f4 over GF(p), modular over QQ), or one of: {string.Join(", ", Names)} (f4 is for GF(p) only, modular for QQ only; buchberger, the reference, for both).",
        DefaultValueFactory = _ => "auto",
        HelpName = "auto|" + string.Join("|", Names),
    };

    /// <summary>
    /// <c>auto</c>: f4 over GF(p), modular over QQ, whichever is registered and supports the
    /// field, else buchberger. A named engine must exist and support the field (else bad input).
    /// </summary>
    public IGroebnerEngine Select<T, TField>(string? name, TField field) where TField : struct, IField<T>
    {
        name = string.IsNullOrWhiteSpace(name) ? "auto" : name.Trim().ToLowerInvariant();
        if (name == "auto")
        {
            // The library's default (GroebnerEngines.Default), taken from the registered instances.
            var preferred = GroebnerEngines.Default<T, TField>(field).Name;
            var chosen = Engines.FirstOrDefault(x => x.Name == preferred);
            if (chosen is not null && chosen.Supports<T, TField>(field)) return chosen;
            return Engines.FirstOrDefault(e => e.Supports<T, TField>(field))
                ?? throw new UnsupportedFieldException($"no registered engine works over {field.Name}");
        }
        var engine = Engines.FirstOrDefault(e => e.Name == name)
            ?? throw new InvalidInputException($"unknown algorithm '{name}' (available: auto, {string.Join(", ", Names)})");
        if (!engine.Supports<T, TField>(field))
            throw new UnsupportedFieldException($"the {engine.Name} engine does not work over {field.Name}");
        return engine;
    }

    /// <summary>The ideal of a system file over its field (parsing honours Ctrl-C), with the engine of <paramref name="algorithm"/>.</summary>
    public Ideals.Ideal<T, TField> IdealOf<T, TField>(Core.IO.SystemFile system, TField field, string? algorithm, RunContext context)
        where TField : struct, IField<T>
    {
        var ring = new Core.Polynomials.PolynomialRing<T, TField>(field, system.Variables);
        return new Ideals.Ideal<T, TField>(ring, system.Parse(ring, context.Cancellation), Select<T, TField>(algorithm, field), context.GroebnerOptions());
    }
}
