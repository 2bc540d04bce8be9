-- elimination-field: GF(32003)
-- elimination-vars: x, y
-- elimination-order: grevlex
R = ZZ/32003[x,y, MonomialOrder=>GRevLex];
G = ideal(
x^3+y^2
);
