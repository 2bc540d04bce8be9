using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Neuro;

/// <summary>The map θ ↦ (outputs as polynomials in the inputs): parameters, inputs, degrees, a fast evaluator mod p and the symbolic expansion.</summary>
public interface INetworkParametrisation
{
    int ParameterCount { get; }
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Number of input variables of the output polynomials.</summary>
    int InputCount { get; }
    IReadOnlyList<string> InputNames { get; }

    int OutputCount { get; }

    /// <summary>Upper bound for the total degree in θ of every coordinate (for Schwartz–Zippel bounds).</summary>
    int ParameterDegree { get; }

    /// <summary>Upper bound for the degree of the outputs in the inputs.</summary>
    int InputDegree { get; }

    /// <summary>A numeric evaluator mod p (value and Jacobian ∂output/∂θ); not thread-safe, make one per thread.</summary>
    IModularEvaluator CreateEvaluator(PrimeField field);

    /// <summary>
    /// The outputs as polynomials in <paramref name="ring"/>, whose first ParameterCount variables are θ
    /// and next InputCount variables are the inputs.
    /// </summary>
    IReadOnlyList<Polynomial<Rational, RationalField>> SymbolicOutputs(PolynomialRing<Rational, RationalField> ring);
}

/// <summary>Evaluates a network mod p at one input, with the derivatives in all parameters.</summary>
public interface IModularEvaluator
{
    PrimeField Field { get; }

    /// <summary>
    /// outputs[k] = f_k(x; θ); jacobian[k·P + i] = ∂f_k/∂θ_i (row-major, OutputCount × ParameterCount).
    /// </summary>
    void Evaluate(ReadOnlySpan<uint> theta, ReadOnlySpan<uint> input, Span<uint> outputs, Span<uint> jacobian);
}
