using System.Runtime.CompilerServices;

// F4 builds its matrices well-formed by construction and uses SparseRowReducer without the per-call input checks.
[assembly: InternalsVisibleTo("Elimination.Groebner")]
// Ideal operations key dictionaries by packed monomials (MonomialKey) and clear denominators as the factoriser does.
[assembly: InternalsVisibleTo("Elimination.Ideals")]
// ReservedBuffer's growth and zeroing contract is tested directly (tests/Elimination.Core.Tests/Memory).
[assembly: InternalsVisibleTo("Elimination.Core.Tests")]
