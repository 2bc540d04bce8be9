namespace Elimination.Neuro;

/// <summary>
/// Positive weights on the parameters of an MLP with biases and σ = x^r under which every coordinate is homogeneous,
/// so that its kernel can be lifted with the graded proof of <c>KernelLift</c> although the coordinates are not
/// homogeneous in the usual degree.
/// <para>
/// The network is equivariant for a torus: neuron j of hidden layer l scaled by t (its incoming row and bias by t,
/// W_{l+1}'s column j by t^(−r)) fixes the function, and output k scaled with row k of W_L and b_L[k] scales its
/// coordinates. A weight vector that is a combination of these characters — c_l on hidden layer l's rescalings, a_k
/// on output k — makes each coordinate of output k homogeneous of degree a_k. With c_l = (r+1)^(l−1) and
/// a_k = (r+1)^(L−1), every weight is positive: W_1 and b_l get c_l, W_l (1 &lt; l) gets c_l − r·c_{l−1} = (r+1)^(l−2)
/// (a_k in place of c_L at the last layer). On <see cref="RescalingSlice"/>'s slice, the only place it is used, a_0 = r·(r+1)^(L−2) gives the
/// fixed W_L[0, j] weight 0, as a constant must have; a free form replacing layers 1..l (<see cref="FillingPrefix"/>)
/// stands for layer l's neurons and gets c_l.
/// </para>
/// </summary>
internal static class RescalingGrading
{
    /// <summary>
    /// One weight per variable of the sliced ring (<see cref="RescalingSlice"/>), or null when the network has no
    /// biases, no hidden layer or another σ.
    /// </summary>
    public static int[]? Weights(PolynomialMlp mlp, IReadOnlyList<string> variables, int freeFormLayer)
    {
        int L = mlp.Depth;
        if (L < 2 || !mlp.HasBias || !mlp.Activation.IsMonomial || mlp.Activation.IsAffine) return null;
        int r = mlp.Activation.Degree;
        var widths = mlp.LayerWidths;
        long C(int l) => l == 0 ? 0 : (long)Math.Pow(r + 1, l - 1);
        long Neuron(int l, int j) => l < L ? C(l) : j == 0 ? r * C(L - 1) : C(L);

        var byName = new Dictionary<string, long>();
        for (int l = 1; l <= L; l++)
            for (int j = 0; j < widths[l]; j++)
            {
                for (int i = 0; i < widths[l - 1]; i++)
                    byName[mlp.ParameterNames[mlp.WeightIndex(l, j, i)]] = Neuron(l, j) - r * C(l - 1);
                byName[mlp.ParameterNames[mlp.BiasIndex(l, j)]] = Neuron(l, j);
            }
        var weights = new int[variables.Count];
        for (int v = 0; v < weights.Length; v++)
        {
            long w = byName.TryGetValue(variables[v], out var known) ? known : freeFormLayer > 0 ? C(freeFormLayer) : 0;
            if (w is <= 0 or > 1024) return null;
            weights[v] = (int)w;
        }
        return weights;
    }
}
