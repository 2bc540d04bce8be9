using Elimination.Core.Errors;
using Elimination.Core.Fields;
using Elimination.Geometry.IO;
using Elimination.Geometry.LinearAlgebra;

namespace Elimination.Geometry.Quadrics;

/// <summary>
/// A form Q named on the command line: identity, random-symmetric (uniform over the field),
/// random-pd, random-psd:K (kernel dimension K), bombieri-weyl[:VARS,DEGREE] (tensor-entry
/// coordinates; default binary forms of degree n − 1), bombieri-weyl-coefficients:VARS,DEGREE (the same form
/// in coefficient coordinates, as a network's output polynomial has), diag(a,b,…), or a matrix (text or file).
/// </summary>
public sealed record QuadricSpec(string Text)
{
    public static readonly string Help = "identity | random-symmetric | random-pd | random-psd:K | bombieri-weyl[:VARS,DEGREE] (default 2,n-1: binary forms) | bombieri-weyl-coefficients:VARS,DEGREE | diag(a,b,...) | MATRIX-FILE | \"a,b;c,d\"";

    public bool IsRandom => Text.StartsWith("random", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kernel dimension requested by random-psd:K (else null).</summary>
    public int? PsdKernel
    {
        get
        {
            var t = Text.Trim().ToLowerInvariant();
            if (!t.StartsWith("random-psd")) return null;
            var rest = t["random-psd".Length..].TrimStart(':');
            if (rest.Length == 0) return 1;
            return int.TryParse(rest, out var k) && k >= 0 ? k : throw new InvalidInputException($"--Q {Text}: expected random-psd:K with K a non-negative integer");
        }
    }

    /// <summary>
    /// The form over <paramref name="field"/>. Refused (<see cref="InvalidInputException"/>): Q = 0 (the
    /// loss is constant, every point is critical), an image mod p of another rank than over ℚ, and —
    /// when <paramref name="requirePsdIfDegenerate"/> (the kernel decomposition assumes it) — a
    /// degenerate Q that is not positive semidefinite.
    /// </summary>
    public FieldMatrix<T, TField> Build<T, TField>(TField field, int n, Random rng, bool requirePsdIfDegenerate = false) where TField : struct, IField<T>
    {
        var t = Text.Trim();
        var lower = t.ToLowerInvariant();
        FieldMatrix<Rational, RationalField> q;
        if (lower is "identity" or "i" or "euclidean") q = QuadraticForms.Identity(n);
        else if (lower == "random-symmetric" || lower == "random") return QuadraticForms.RandomSymmetric<T, TField>(field, n, rng);
        else if (lower == "random-pd") q = QuadraticForms.RandomPositiveDefinite(n, rng);
        else if (PsdKernel is int k)
        {
            if (k > n) throw new InvalidInputException($"--Q {Text}: kernel dimension {k} exceeds the {n} coordinates");
            q = QuadraticForms.RandomPsd(n, k, rng);
        }
        else if (lower.StartsWith("bombieri-weyl"))
        {
            bool coefficients = lower.StartsWith("bombieri-weyl-coefficients");
            var rest = lower[(coefficients ? "bombieri-weyl-coefficients" : "bombieri-weyl").Length..].TrimStart(':');
            int vars = 2, degree = n - 1;
            if (rest.Length > 0)
            {
                var parts = rest.Split(',');
                if (parts.Length != 2 || !int.TryParse(parts[0], out vars) || !int.TryParse(parts[1], out degree) || vars < 1 || degree < 0)
                    throw new InvalidInputException($"--Q {Text}: expected bombieri-weyl:VARS,DEGREE");
            }
            else if (coefficients) throw new InvalidInputException($"--Q {Text}: give bombieri-weyl-coefficients:VARS,DEGREE");
            q = coefficients ? BombieriWeyl.ForCoefficients(vars, degree) : BombieriWeyl.ForTensorEntries(vars, degree);
        }
        else if (lower.StartsWith("diag(") && lower.EndsWith(")"))
        {
            var d = MatrixText.Parse(t[5..^1], "--Q diag");
            if (d.Rows != 1) throw new InvalidInputException("--Q diag(...) takes one list of entries");
            q = FieldMatrix<Rational, RationalField>.Diagonal(new RationalField(), Enumerable.Range(0, d.Columns).Select(j => d[0, j]).ToArray());
        }
        else q = MatrixText.ParseOrLoad(t, "--Q");
        if (q.Rows != n || q.Columns != n)
            throw new InvalidInputException($"--Q {Text}: the form is {q.Rows}×{q.Columns} but the variety has {n} coordinates");
        if (!q.IsSymmetric) throw new InvalidInputException($"--Q {Text}: the matrix is not symmetric");
        int rank = q.Rank;
        if (rank == 0) throw new InvalidInputException($"--Q {Text}: Q = 0 makes the loss constant (every point is critical); give a non-zero form");
        if (requirePsdIfDegenerate && rank < n && !QuadraticForms.IsPositiveSemidefinite(q))
            throw new InvalidInputException($"--Q {Text}: Q is degenerate (rank {rank} < {n}) and indefinite; the degenerate-Q split (zero-loss/ramified/unramified) assumes Q positive semidefinite (use --ideal for the critical ideal of any Q)");
        try { return QuadraticForms.ToField<T, TField>(q, field); }
        catch (UnluckyPrimeException e) { throw new UnluckyPrimeException($"--Q {Text}: {e.Message} (--prime)", e); }
    }
}
