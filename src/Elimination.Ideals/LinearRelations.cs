using Elimination.Core.Fields;
using Elimination.Core.Monomials;
using Elimination.Core.Polynomials;
using Elimination.Groebner;

namespace Elimination.Ideals;

/// <summary>
/// The linear part of the kernel I of k[y] → k[θ], y_i ↦ φ_i (polynomial images): coordinates whose images are zero,
/// repeated, or combinations of others. A convolutional network's coordinates are mostly such (cnn 8;3,3 x³: 118 of 140
/// are zero or copies of 22), and eliminating all of them made F4 build matrices of 500 000 columns where 22 need 3 000.
/// <para>
/// With the images taken from the last coordinate to the first, each one either extends a basis of the span of those
/// taken before it (its coordinate is <see cref="Free"/>) or is a combination of them: a relation y_j − Σ c_i y_i − c with
/// every y_i free and of larger index, so y_j is its grevlex leading monomial and no tail holds a leading variable.
/// Then I = ⟨relations⟩ + I'·k[y], I' the kernel of the free coordinates alone: modulo the relations every f ∈ I is
/// f(L(z), z) ∈ k[z] ∩ I = I'. The free images (and 1, when an image has a constant term) are linearly independent, so
/// I' has no element of degree ≤ 1 and its reduced basis (grevlex on the free coordinates is grevlex restricted to
/// them) together with the relations is I's reduced basis. Exact linear algebra over the field: nothing is assumed.
/// </para>
/// </summary>
internal sealed class LinearRelations<T, TField> where TField : struct, IField<T>
{
    private LinearRelations(int[] free, List<Polynomial<T, TField>> relations) { Free = free; Relations = relations; }

    /// <summary>Indices of the coordinates whose images are a basis of the images' span, increasing.</summary>
    public int[] Free { get; }

    /// <summary>One monic relation per other coordinate, in the target ring; its reduced basis.</summary>
    public IReadOnlyList<Polynomial<T, TField>> Relations { get; }

    /// <summary>
    /// The relations among <paramref name="images"/> (y_i ↦ images[i], y_i the i-th variable of <paramref name="target"/>),
    /// or null when there are none. With <paramref name="blocks"/> (each scaled by its own λ) only relations within a block
    /// hold, and no constant term: Σ c_i λ_B φ_i = 0 exactly when Σ c_i φ_i = 0.
    /// </summary>
    public static LinearRelations<T, TField>? Find(PolynomialRing<T, TField> target, IReadOnlyList<Polynomial<T, TField>> images,
        IReadOnlyList<int[]>? blocks = null)
    {
        int m = images.Count;
        var free = new List<int>();
        var relations = new List<Polynomial<T, TField>>();
        if (blocks is null) FindIn(Enumerable.Range(0, m).ToArray(), constants: true);
        else foreach (var b in blocks) FindIn(b, constants: false);
        if (relations.Count == 0) return null;
        free.Sort();
        ReducedBasis.Sort(relations);
        return new LinearRelations<T, TField>(free.ToArray(), relations);

        void FindIn(int[] coordinates, bool constants)
        {
            var field = target.Field;
            // Semi-echelon form: pivots with distinct leading monomials are independent, so a new image is in their span
            // exactly when top reduction takes it to zero. Images with distinct leading monomials (an MLP's) cost one lookup.
            var pivots = new Dictionary<MonomialKey, int>(MonomialKeyComparer.Instance).GetAlternateLookup<ReadOnlySpan<ulong>>();
            var basis = new List<(Polynomial<T, TField> Vector, Dictionary<int, T> Combination)>();
            bool constant = false;
            foreach (int i in coordinates)
                if (images[i].Length > 0 && PackedMonomial.IsOne(images[i].MonomialAt(images[i].Length - 1))) constant = true;
            if (constant && constants) Insert(images[0].Ring.One, new Dictionary<int, T> { [m] = field.One }); // index m: the constant 1

            foreach (int j in coordinates.OrderDescending())
            {
                var v = images[j];
                Dictionary<int, T>? combination = null;
                while (!v.IsZero && pivots.TryGetValue(v.LeadingMonomial, out int k))
                {
                    var (pivot, pc) = basis[k];
                    var c = field.Div(v.LeadingCoefficient, pivot.LeadingCoefficient);
                    v = v.AddScaled(pivot, field.Neg(c));
                    combination ??= new Dictionary<int, T> { [j] = field.One };
                    foreach (var (i, a) in pc)
                    {
                        var updated = field.Sub(combination.GetValueOrDefault(i, field.Zero), field.Mul(c, a));
                        if (field.IsZero(updated)) combination.Remove(i); else combination[i] = updated;
                    }
                }
                if (!v.IsZero)
                {
                    Insert(v, combination ?? new Dictionary<int, T> { [j] = field.One });
                    free.Add(j);
                    continue;
                }
                // Σ combination_i φ_i = 0 with combination_j = 1: the relation y_j + Σ_{i≠j} combination_i y_i (+ constant).
                var relation = target.Variable(j);
                if (combination is not null)
                    foreach (var (i, a) in combination)
                        if (i != j) relation = relation.AddScaled(i == m ? target.One : target.Variable(i), a);
                relations.Add(relation);
            }

            void Insert(Polynomial<T, TField> vector, Dictionary<int, T> combination)
            {
                pivots.Dictionary.Add(new MonomialKey(vector.LeadingMonomial), basis.Count);
                basis.Add((vector, combination));
            }
        }
    }

    /// <summary>
    /// I's reduced basis from <paramref name="freeKernel"/>, the reduced basis of the free coordinates' kernel I' (in any
    /// ring whose variables are the free coordinates' names): the relations and I' side by side (see the class).
    /// </summary>
    public Ideal<T, TField> Extend(PolynomialRing<T, TField> target, GroebnerResult<T, TField>? freeKernel, IGroebnerEngine? engine, GroebnerOptions? options)
    {
        var basis = new List<Polynomial<T, TField>>(Relations);
        if (freeKernel is not null) foreach (var g in freeKernel.Basis) basis.Add(Rings.Map(g, target));
        ReducedBasis.Sort(basis);
        var ideal = new Ideal<T, TField>(target, basis, engine, options);
        string note = $"{Relations.Count} coordinates are linear combinations of the other {Free.Length} (exact linear algebra), " +
                      "whose kernel it is together with those relations";
        ideal.SeedBasis(basis, new GroebnerResult<T, TField>(basis, freeKernel?.Engine ?? "linear algebra")
        {
            Seconds = freeKernel?.Seconds ?? 0, Primes = freeKernel?.Primes ?? Array.Empty<uint>(),
            // Nothing to verify in the linear part: the combined basis is as proved as the free coordinates' kernel.
            Verified = freeKernel is null ? (typeof(T) == typeof(Rational) ? true : null) : freeKernel.Verified,
            VerificationNote = freeKernel?.VerificationNote is { } said ? said + "; " + note : note,
        });
        return ideal;
    }
}
