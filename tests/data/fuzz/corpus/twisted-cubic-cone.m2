-- elimination-field: GF(32003)
-- elimination-vars: a, b, c, d
-- elimination-order: grevlex
R = ZZ/32003[a,b,c,d, MonomialOrder=>GRevLex];
G = ideal(
-b^2+a*c,
-c^2+b*d,
-b*c+a*d
);
