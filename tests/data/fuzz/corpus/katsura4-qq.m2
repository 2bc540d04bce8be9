-- elimination-field: GF(32003)
-- elimination-vars: x0, x1, x2, x3, x4
-- elimination-order: grevlex
R = ZZ/32003[x0,x1,x2,x3,x4, MonomialOrder=>GRevLex];
G = ideal(
x0+2*x1+2*x2+2*x3+2*x4-1,
x0^2+2*x1^2+2*x2^2+2*x3^2+2*x4^2-x0,
2*x0*x1+2*x1*x2+2*x2*x3+2*x3*x4-x1,
x1^2+2*x0*x2+2*x1*x3+2*x2*x4-x2,
2*x1*x2+2*x0*x3+2*x1*x4-x3
);
