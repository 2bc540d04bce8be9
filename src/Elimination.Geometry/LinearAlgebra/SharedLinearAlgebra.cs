// FieldMatrix (dense exact linear algebra over ℚ and F_p) lives in Core, shared with Neuro and Groebner.
global using Elimination.Core.LinearAlgebra;
