-- elimination-field: GF(32003)
-- elimination-vars: x0, x1, x2, x3
-- elimination-order: grevlex
R = ZZ/32003[x0,x1,x2,x3, MonomialOrder=>GRevLex];
G = ideal(
x0+x1+x2+x3,
x0*x1+x1*x2+x0*x3+x2*x3,
x0*x1*x2+x0*x1*x3+x0*x2*x3+x1*x2*x3,
x0*x1*x2*x3-1
);
