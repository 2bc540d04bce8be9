using Elimination.Core.Fields;
using Elimination.Core.Polynomials;
using Elimination.Ideals;

namespace Elimination.Neuro;

/// <summary>
/// A map whose kernel is the ideal of a network's variety, with the slice on which <see cref="KernelCertificate"/> counts
/// the points of its image: the parametrisation — an MLP's filling prefix replaced by free forms, which keeps the
/// closure of the image (<c>FillingPrefix</c>) — and, for an MLP with σ = x^r and no biases, the slice through every
/// rescaling past the prefix (null otherwise: the certificate then counts on the whole map, with larger fibres).
/// </summary>
public sealed record KernelMap(IReadOnlyList<Polynomial<Rational, RationalField>> Images, IReadOnlyList<Polynomial<Rational, RationalField>>? Slice)
{
    /// <summary>The architecture's map, its filling prefix found by a Jacobian rank mod p (a proof of filling over ℚ).</summary>
    public static KernelMap Of(INeuralArchitecture arch, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(arch);
        var reduced = arch is PolynomialMlp mlp ? FillingPrefix.TryReduce(mlp, cancellation) : null;
        var images = reduced?.Coordinates ?? Parametrisation.Of(arch, cancellation).CoordinatePolynomials.ToArray();
        return Of(arch, images, reduced?.Layers ?? 0);
    }

    /// <summary>The map <paramref name="images"/>: the network's coordinates, the first <paramref name="prefixLayers"/> layers (0: none) replaced by free forms.</summary>
    internal static KernelMap Of(INeuralArchitecture arch, IReadOnlyList<Polynomial<Rational, RationalField>> images, int prefixLayers) =>
        new(images, arch is PolynomialMlp mlp ? RescalingSlice.TryCountingSubstitution(mlp, images[0].Ring, prefixLayers) : null);

    /// <summary>Whether the certificate can apply: the images are homogeneous of one degree.</summary>
    public bool Certifiable => KernelCertificate.Applies(Images);

    /// <summary><see cref="KernelCertificate.Prove"/> for <paramref name="candidate"/> (whose generators the caller has proved to vanish on the image).</summary>
    public KernelCertificateResult Prove(Ideal<Rational, RationalField> candidate, int seed, CancellationToken cancellation = default) =>
        KernelCertificate.Prove(candidate, Images, Slice, seed, cancellation);
}
