// The dense F_p kernels (row echelon, kernel, products) and the mod-p arithmetic live in Core,
// shared with Geometry and the modular Gröbner engine.
global using Elimination.Core.LinearAlgebra;
global using Elimination.Core.Modular;
