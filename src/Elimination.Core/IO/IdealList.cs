namespace Elimination.Core.IO;

/// <summary>
/// Further ideals written beside the main one as a list its format can load (a decomposition's primes, its
/// equidimensional parts): each ideal is its generators in this library's syntax, in the main ideal's ring.
/// </summary>
/// <param name="Name">The list's name in the script (made fresh against the variables).</param>
public sealed record IdealList(string Name, IReadOnlyList<IReadOnlyList<string>> Ideals);
