using Elimination.Core.Errors;
using Elimination.Core.Factorisation;
using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Core.RealRoots;
using Elimination.Groebner;
using Elimination.Ideals;

namespace Elimination.Geometry;

/// <summary>How a real singular point of a plane curve looks, read off the Hessian determinant H there.</summary>
public enum RealSingularPointKind
{
    /// <summary>H &lt; 0: an ordinary double point with two real branches.</summary>
    Node,
    /// <summary>H &gt; 0: an ordinary double point whose branches are complex conjugate — a real point alone.</summary>
    IsolatedPoint,
    /// <summary>H = 0: a cusp, tacnode or worse (the tangent cone is a double line or the point is at least triple).</summary>
    Cusp,
}

/// <summary>A real singular point, its coordinates rounded from an exact isolating interval of width ≤ 2⁻⁸⁰.</summary>
public readonly record struct RealSingularPoint(double X, double Y, RealSingularPointKind Kind);

/// <summary>An axis-parallel box of the real plane.</summary>
public readonly record struct PlaneBox(double XMin, double XMax, double YMin, double YMax)
{
    public bool Contains(double x, double y) => x >= XMin && x <= XMax && y >= YMin && y <= YMax;
}

/// <summary>
/// The real points of an affine plane curve f(x, y) = 0 over ℚ: its real singular points, exactly
/// (the singular scheme ⟨f, f_x, f_y⟩ of the squarefree part is zero-dimensional; its radical in lex
/// order after a shear x ↦ x + c·y is in shape position {g(x), y − r(x)}, so the points are the real roots
/// of g, isolated by Sturm sequences), and polylines that trace the curve in a box (marching squares on
/// the sign of f; the squarefree part is used so that no component is a double zero without a sign change).
/// </summary>
public sealed class RealPlaneCurve
{
    private static readonly Rational RootWidth = new(1, System.Numerics.BigInteger.One << 80);
    private readonly (double Coefficient, int X, int Y)[] _terms;

    private RealPlaneCurve(Polynomial<Rational, RationalField> squarefree, IReadOnlyList<RealSingularPoint> singular)
    {
        Squarefree = squarefree;
        SingularPoints = singular;
        _terms = squarefree.Terms().Select(t => (RealRootIsolation.ToDouble(t.Coefficient), t.Exponents[0], t.Exponents[1])).ToArray();
    }

    /// <summary>The squarefree part of the input (the curve as a reduced scheme).</summary>
    public Polynomial<Rational, RationalField> Squarefree { get; }

    /// <summary>The real singular points, ordered by x.</summary>
    public IReadOnlyList<RealSingularPoint> SingularPoints { get; }

    /// <summary>
    /// The curve f = 0 of a polynomial in exactly two variables (the first is x, the second y), or the
    /// affine chart (last variable = 1) of a homogeneous polynomial in three.
    /// </summary>
    public static RealPlaneCurve Of(Polynomial<Rational, RationalField> f, CancellationToken cancel = default)
    {
        var ring = f.Ring;
        if (f.IsZero || f.IsConstant) throw new InvalidInputException("a plane curve needs a non-constant polynomial");
        if (ring.VariableCount == 3 && f.IsHomogeneous)
            f = Chart(f);
        else if (ring.VariableCount != 2)
            throw new InvalidInputException($"a plane curve needs a polynomial in 2 variables (or a homogeneous one in 3); this ring has {ring.VariableCount}");
        var squarefree = PolynomialFactorisation.SquarefreePart(f);
        return new RealPlaneCurve(squarefree, RealSingularPointsOf(squarefree, cancel));
    }

    /// <summary>f at (x, y), in floating point.</summary>
    public double Evaluate(double x, double y)
    {
        double sum = 0;
        foreach (var (c, i, j) in _terms) sum += c * Math.Pow(x, i) * Math.Pow(y, j);
        return sum;
    }

    /// <summary>
    /// The curve in <paramref name="box"/> as polylines, from a <paramref name="resolution"/>² grid
    /// (marching squares; a saddle cell is split by the sign at its centre).
    /// </summary>
    public IReadOnlyList<(double X, double Y)[]> Trace(PlaneBox box, int resolution = 400)
    {
        if (resolution < 2 || resolution > 4000) throw new InvalidInputException("the trace resolution must be between 2 and 4000");
        if (!(box.XMax > box.XMin && box.YMax > box.YMin)) throw new InvalidInputException("the box must have positive width and height");
        int n = resolution;
        double dx = (box.XMax - box.XMin) / n, dy = (box.YMax - box.YMin) / n;
        var v = new double[n + 1, n + 1];
        for (int i = 0; i <= n; i++)
            for (int j = 0; j <= n; j++)
                v[i, j] = Evaluate(box.XMin + i * dx, box.YMin + j * dy);
        // Edge ids: horizontal (i,j)-(i+1,j) is 2·(i·(n+1)+j), vertical (i,j)-(i,j+1) is that + 1.
        var point = new Dictionary<int, (double, double)>();
        var links = new Dictionary<int, List<int>>();
        int H(int i, int j) => 2 * (i * (n + 1) + j);
        int V(int i, int j) => 2 * (i * (n + 1) + j) + 1;
        bool Pos(double value) => value >= 0;
        int Crossing(int edge, int i0, int j0, int i1, int j1)
        {
            if (!point.ContainsKey(edge))
            {
                double a = v[i0, j0], b = v[i1, j1], t = a / (a - b);
                if (!double.IsFinite(t)) t = 0.5;
                point[edge] = (box.XMin + (i0 + t * (i1 - i0)) * dx, box.YMin + (j0 + t * (j1 - j0)) * dy);
            }
            return edge;
        }
        void Link(int a, int b)
        {
            (links.TryGetValue(a, out var la) ? la : links[a] = new List<int>()).Add(b);
            (links.TryGetValue(b, out var lb) ? lb : links[b] = new List<int>()).Add(a);
        }
        var crossings = new List<int>(4);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                crossings.Clear();
                // Around the cell: bottom, right, top, left.
                if (Pos(v[i, j]) != Pos(v[i + 1, j])) crossings.Add(Crossing(H(i, j), i, j, i + 1, j));
                if (Pos(v[i + 1, j]) != Pos(v[i + 1, j + 1])) crossings.Add(Crossing(V(i + 1, j), i + 1, j, i + 1, j + 1));
                if (Pos(v[i, j + 1]) != Pos(v[i + 1, j + 1])) crossings.Add(Crossing(H(i, j + 1), i, j + 1, i + 1, j + 1));
                if (Pos(v[i, j]) != Pos(v[i, j + 1])) crossings.Add(Crossing(V(i, j), i, j, i, j + 1));
                if (crossings.Count == 2) Link(crossings[0], crossings[1]);
                else if (crossings.Count == 4)
                {
                    // Saddle: the centre's sign decides which corners are joined.
                    bool centre = Pos(Evaluate(box.XMin + (i + 0.5) * dx, box.YMin + (j + 0.5) * dy));
                    if (centre == Pos(v[i, j])) { Link(crossings[0], crossings[1]); Link(crossings[2], crossings[3]); }
                    else { Link(crossings[0], crossings[3]); Link(crossings[1], crossings[2]); }
                }
            }
        return Chain(point, links);
    }

    /// <summary>Walks the crossing graph (every vertex has degree 1 or 2) into polylines, open ends first.</summary>
    private static List<(double X, double Y)[]> Chain(Dictionary<int, (double, double)> point, Dictionary<int, List<int>> links)
    {
        var lines = new List<(double, double)[]>();
        var visited = new HashSet<int>();
        void Walk(int start)
        {
            var line = new List<(double, double)> { point[start] };
            visited.Add(start);
            int previous = -1, current = start;
            while (true)
            {
                int next = -1;
                foreach (var m in links[current])
                    if (m != previous && !visited.Contains(m)) { next = m; break; }
                if (next < 0)
                {
                    // Close a loop back to its start.
                    if (links[current].Contains(start) && line.Count > 2) line.Add(point[start]);
                    break;
                }
                visited.Add(next);
                line.Add(point[next]);
                previous = current;
                current = next;
            }
            lines.Add(line.ToArray());
        }
        foreach (var (edge, neighbours) in links) if (neighbours.Count == 1 && !visited.Contains(edge)) Walk(edge);
        foreach (var edge in links.Keys) if (!visited.Contains(edge)) Walk(edge);
        return lines;
    }

    private static Polynomial<Rational, RationalField> Chart(Polynomial<Rational, RationalField> f)
    {
        var ring = new PolynomialRing<Rational, RationalField>(f.Ring.Field, new[] { f.Ring.Variables[0], f.Ring.Variables[1] });
        return Polynomial<Rational, RationalField>.FromTerms(ring, f.Terms().Select(t => (t.Coefficient, new[] { t.Exponents[0], t.Exponents[1] })));
    }

    private static IReadOnlyList<RealSingularPoint> RealSingularPointsOf(Polynomial<Rational, RationalField> f, CancellationToken cancel)
    {
        // Lex with y > x: variables ordered (y, x) so that the shape basis is {y − r(x), g(x)}.
        var field = f.Ring.Field;
        var lex = new PolynomialRing<Rational, RationalField>(field, new[] { "y", "x" }, new LexOrder(2));
        var x = lex.Variable(1);
        var y = lex.Variable(0);
        var options = GroebnerOptions.Default with { Cancellation = cancel };
        // A shear x ↦ x − c·y is unimodular: it keeps the sign of the Hessian determinant, and for all
        // but finitely many c the singular points have distinct x-coordinates (shape position).
        for (int c = 0; c < 64; c++)
        {
            var sheared = Map(f, lex, x - y.Scale(new Rational(c)), y);
            var fx = sheared.Derivative(1);
            var fy = sheared.Derivative(0);
            var jacobian = new Ideal<Rational, RationalField>(lex, new[] { sheared, fx, fy }, null, options);
            if (jacobian.IsUnit) return Array.Empty<RealSingularPoint>();
            var basis = jacobian.ZeroDimensionalRadical().GroebnerBasis().Basis;
            if (!IsShape(basis, out var g, out var r)) continue;
            var hessian = fx.Derivative(1) * fy.Derivative(0) - fx.Derivative(0) * fx.Derivative(0);
            var h = Reduction.NormalForm(hessian, basis, cancel).UnivariateCoefficients(1);
            var points = new List<RealSingularPoint>();
            // x = x' − c·y = x' − c·r(x') as a polynomial in x'.
            var xOfRoot = r.Select(a => -a * new Rational(c)).ToArray();
            if (xOfRoot.Length < 2) xOfRoot = xOfRoot.Concat(Enumerable.Repeat(Rational.Zero, 2 - xOfRoot.Length)).ToArray();
            xOfRoot[1] += Rational.One;
            foreach (var root in RealRootIsolation.Roots(g, RootWidth))
            {
                cancel.ThrowIfCancellationRequested();
                var xs = root.Midpoint;
                var ys = Horner(r, xs);
                int sign = RealRootIsolation.SignAt(h, g, root);
                var kind = sign == 0 ? RealSingularPointKind.Cusp : sign < 0 ? RealSingularPointKind.Node : RealSingularPointKind.IsolatedPoint;
                // A coordinate that is exactly 0 prints as 0, not as the rounding error of the interval.
                double px = RealRootIsolation.SignAt(xOfRoot, g, root) == 0 ? 0 : RealRootIsolation.ToDouble(xs - ys * new Rational(c));
                double py = RealRootIsolation.SignAt(r, g, root) == 0 ? 0 : RealRootIsolation.ToDouble(ys);
                points.Add(new RealSingularPoint(px, py, kind));
            }
            return points.OrderBy(p => p.X).ToList();
        }
        throw new InvalidInputException("no shear x + c·y with |c| < 64 separates the singular points");
    }

    /// <summary>f(x, y) with (x, y) ↦ (images[0], images[1]) in <paramref name="target"/>.</summary>
    private static Polynomial<Rational, RationalField> Map(Polynomial<Rational, RationalField> f, PolynomialRing<Rational, RationalField> target,
        Polynomial<Rational, RationalField> xImage, Polynomial<Rational, RationalField> yImage)
    {
        var result = target.Zero;
        foreach (var (c, e) in f.Terms())
            result += (xImage.Pow(e[0]) * yImage.Pow(e[1])).Scale(c);
        return result;
    }

    /// <summary>Recognises the lex shape basis {y − r(x), g(x)} (variables (y, x)).</summary>
    private static bool IsShape(IReadOnlyList<Polynomial<Rational, RationalField>> basis, out Rational[] g, out Rational[] r)
    {
        g = r = Array.Empty<Rational>();
        if (basis.Count != 2) return false;
        Polynomial<Rational, RationalField>? inY = null, inX = null;
        foreach (var p in basis)
        {
            if (p.LeadingExponents[0] == 0) inX = p;
            else if (p.LeadingExponents[0] == 1 && p.LeadingExponents[1] == 0) inY = p;
        }
        if (inX is null || inY is null) return false;
        g = inX.UnivariateCoefficients(1); // variables (y, x)
        // y − r(x): everything after the leading y is −r.
        var rest = (inY - inY.Ring.Variable(0).Scale(inY.LeadingCoefficient)).UnivariateCoefficients(1);
        var lead = inY.LeadingCoefficient;
        r = rest.Select(a => -a / lead).ToArray();
        return true;
    }

    private static Rational Horner(Rational[] p, Rational x)
    {
        var value = Rational.Zero;
        for (int i = p.Length - 1; i >= 0; i--) value = value * x + p[i];
        return value;
    }
}
