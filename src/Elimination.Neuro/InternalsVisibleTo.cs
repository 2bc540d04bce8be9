using System.Runtime.CompilerServices;

// The tests feed the multi-prime lift (MultiModularLift) images of a deliberately wrong shape.
[assembly: InternalsVisibleTo("Elimination.Neuro.Tests")]
