using Elimination.Core.Fields;
using Elimination.Neuro;

namespace Elimination.Samples;

/// <summary>The neurovariety of the linear network (3,2,3): 3×3 matrices of rank ≤ 2, cut out by the determinant.</summary>
public static class ImplicitizeNetwork
{
    public static void Run(TextWriter output)
    {
        var network = new LinearNetwork(new[] { 3, 2, 3 });
        var variety = NeuroVariety.Compute<Rational, RationalField>(network, new RationalField());
        output.WriteLine($"coordinates: {variety.Ideal.Ring.VariableCount}, dimension {variety.Dimension}, degree {variety.Degree}");
        foreach (var equation in variety.Equations) output.WriteLine(equation);

        var dims = DimensionReport.Compute(new PolynomialMlp(new[] { 3, 3, 3, 3 }, Activation.Power(2)));
        output.WriteLine($"MLP (3,3,3,3), x^2: ambient {dims.Ambient}, expected {dims.Expected}, dimension {dims.Dimension}, defect {dims.Defect}");
    }
}
