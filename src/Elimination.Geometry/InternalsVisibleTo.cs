using System.Runtime.CompilerServices;

// The tests exercise the private ideal helpers (Hilbert series, equidimensional split) directly.
[assembly: InternalsVisibleTo("Elimination.Geometry.Tests")]
