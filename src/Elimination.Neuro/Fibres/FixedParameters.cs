using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>
/// The coordinates c(θ) mod p as polynomials in the free parameters, with some parameters (one per
/// symmetry orbit, the normalised ones) fixed to given values: the setup shared by the generic
/// fibre's point count and the degree of a neurovariety, both of which count the points of a
/// zero-dimensional system in these free parameters.
/// </summary>
internal sealed class FixedParameters
{
    private readonly Polynomial<uint, PrimeField>[] _coordinates; // in all parameters
    private readonly HashSet<int> _fixed;

    public FixedParameters(INeuralArchitecture arch, IEnumerable<int> fixedParameters, PrimeField field, CancellationToken cancellation)
    {
        Field = field;
        _coordinates = Parametrisation.Of(arch, cancellation).Modulo(field).Coordinates;
        _fixed = fixedParameters.ToHashSet();
        Free = Enumerable.Range(0, arch.ParameterCount).Where(i => !_fixed.Contains(i)).ToArray();
        Ring = new PolynomialRing<uint, PrimeField>(field, Free.Select(i => arch.ParameterNames[i]).ToArray());
    }

    public PrimeField Field { get; }

    /// <summary>The ring of the free parameters (variable i is parameter <see cref="Free"/>[i]).</summary>
    public PolynomialRing<uint, PrimeField> Ring { get; }

    /// <summary>Indices of the parameters that stay variables, increasing.</summary>
    public int[] Free { get; }

    public int FixedCount => _fixed.Count;

    /// <summary>The coordinates in the free parameters, the fixed ones set to their entries in <paramref name="values"/> (all parameters).</summary>
    public Polynomial<uint, PrimeField>[] Pull(uint[] values)
    {
        var images = new Polynomial<uint, PrimeField>[values.Length];
        for (int i = 0; i < Free.Length; i++) images[Free[i]] = Ring.Variable(i);
        foreach (int i in _fixed) images[i] = Polynomial<uint, PrimeField>.Constant(Ring, values[i]);
        return _coordinates.Select(c => c.Substitute(images)).ToArray();
    }

    /// <summary>The fibre through θ0 with the fixed parameters at θ0's values: the nonzero c(θ) − c(θ0).</summary>
    public List<Polynomial<uint, PrimeField>> FibreThrough(uint[] theta0)
    {
        var pulled = Pull(theta0);
        var equations = new List<Polynomial<uint, PrimeField>>();
        for (int c = 0; c < _coordinates.Length; c++)
        {
            var e = pulled[c] - Polynomial<uint, PrimeField>.Constant(Ring, _coordinates[c].Evaluate(theta0));
            if (!e.IsZero) equations.Add(e);
        }
        return equations;
    }

    /// <summary>The dimension of the system's ideal, and its number of points with multiplicity when that is 0.</summary>
    public (long? Points, int Dimension) Count(List<Polynomial<uint, PrimeField>> equations, FibreOptions options)
    {
        var ideal = new Ideal<uint, PrimeField>(Ring, equations, options.Engine, new GroebnerOptions { Cancellation = options.Cancellation });
        var hilbert = HilbertSeries.Of(ideal);
        return (hilbert.Dimension == 0 ? (long)hilbert.Degree : null, hilbert.Dimension);
    }
}
