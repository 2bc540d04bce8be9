using System.Numerics;
using Elimination.Core.Fields;
using Elimination.Core.Polynomials;

namespace Elimination.Core.Parsing;

/// <summary>
/// Recursive-descent parser for polynomial expressions:
/// <code>
/// sum     := ['+'|'-'] product (('+'|'-') product)*
/// product := power (('*'|'/') power)*           // '/' only by a non-zero constant
/// power   := atom (('^'|'**') ['+'|'-'] integer)*
/// atom    := number | decimal | variable | '(' sum ')' | ('-'|'+') power
/// </code>
/// Errors carry the line and column (1-based) of the offending character.
/// A sum is accumulated term by term in one hash table and sorted once, so parsing is linear in the
/// input (a sum of N products used to cost N merges of a growing polynomial: quadratic).
/// </summary>
public sealed class PolynomialParser<T, TField> where TField : struct, IField<T>
{
    /// <summary>Largest number of terms an intermediate result may have (guards against (a+b+…)^huge).</summary>
    public const int MaxTerms = 2_000_000;

    /// <summary>The largest coefficient (in bits, numerator or denominator) a power of a number may produce over ℚ.</summary>
    public const int MaxCoefficientBits = 1 << 24;

    private readonly PolynomialRing<T, TField> _ring;
    private readonly string _text;
    private readonly int _line;
    private readonly int _columnOffset;
    private readonly CancellationToken _cancellation;
    private int _pos;
    private int _depth;
    private int _nextCancellationCheck;

    public PolynomialParser(PolynomialRing<T, TField> ring, string text, int line = 1, int columnOffset = 0,
        CancellationToken cancellation = default)
    {
        _ring = ring;
        _text = text;
        _line = line;
        _columnOffset = columnOffset;
        _cancellation = cancellation;
    }

    /// <summary>Checks for cancellation every 64 KiB of input: often enough, and off the per-token path.</summary>
    private void PollCancellation()
    {
        if (_pos < _nextCancellationCheck) return;
        _nextCancellationCheck = _pos + (1 << 16);
        _cancellation.ThrowIfCancellationRequested();
    }

    public Polynomial<T, TField> ParseAll()
    {
        SkipSpace();
        if (_pos >= _text.Length) throw Error("empty polynomial");
        var p = Sum();
        SkipSpace();
        if (_pos < _text.Length)
        {
            throw Error(_text[_pos] == ')' ? "unbalanced parenthesis: ')' without '('" : Unexpected());
        }
        return p;
    }

    private ParseException Error(string message, int? at = null) =>
        new(message, _line, _columnOffset + (at ?? _pos) + 1);

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private bool Accept(char c)
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; }
        return false;
    }

    private Polynomial<T, TField> Sum()
    {
        SkipSpace();
        bool negate = Accept('-');
        if (!negate) Accept('+');
        var first = Product();
        SkipSpace();
        bool more = _pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-');
        if (!more) return Checked(negate ? -first : first);

        var acc = new TermAccumulator<T, TField>(_ring);
        AddTerms(acc, first, negate);
        while (true)
        {
            PollCancellation();
            if (Accept('+')) AddTerms(acc, Product(), false);
            else if (Accept('-')) AddTerms(acc, Product(), true);
            else return acc.ToPolynomial();
        }
    }

    private void AddTerms(TermAccumulator<T, TField> acc, Polynomial<T, TField> p, bool negate)
    {
        var f = _ring.Field;
        for (int i = 0; i < p.Length; i++)
            acc.Add(p.MonomialAt(i), negate ? f.Neg(p.CoefficientAt(i)) : p.CoefficientAt(i));
        if (acc.DistinctMonomials > MaxTerms) throw Error($"expression has more than {MaxTerms} terms");
    }

    private Polynomial<T, TField> Product()
    {
        var acc = Power();
        while (true)
        {
            SkipSpace();
            if (_pos + 1 < _text.Length && _text[_pos] == '*' && _text[_pos + 1] == '*') return acc;
            int star = _pos;
            if (Accept('*'))
            {
                var factor = Power();
                try { acc = Checked(acc * factor); }
                catch (Errors.ExponentOverflowException) { throw Error($"exponent overflow: a degree of this product exceeds {Monomials.PackedMonomial.MaxExponent}", star); }
            }
            else if (Accept('/'))
            {
                SkipSpace();
                int at = _pos;
                var d = Power();
                if (!d.IsConstant || d.IsZero) throw Error(d.IsZero ? "division by zero" : "division by a non-constant polynomial", at);
                acc = acc.Scale(_ring.Field.Inv(d.LeadingCoefficient));
            }
            else return acc;
        }
    }

    private Polynomial<T, TField> Power()
    {
        var b = Atom();
        while (true)
        {
            SkipSpace();
            if (_pos < _text.Length && _text[_pos] == '^') _pos++;
            else if (_pos + 1 < _text.Length && _text[_pos] == '*' && _text[_pos + 1] == '*') _pos += 2;
            else return b;
            SkipSpace();
            int at = _pos;
            bool negative = Accept('-');
            if (!negative) Accept('+');
            SkipSpace();
            var digits = Digits();
            if (digits.Length == 0) throw Error("expected an integer exponent after '^'");
            if (negative) throw Error("negative exponent", at);
            if (!int.TryParse(digits, out int e) || e > Monomials.PackedMonomial.MaxExponent)
                throw Error($"exponent {digits} is too large (at most {Monomials.PackedMonomial.MaxExponent})", at);
            if (!b.IsZero && b.Length > 1 && (double)e * Math.Log(b.Length) > Math.Log(MaxTerms) * 4)
                throw Error($"power of a sum is too large to expand", at);
            if (typeof(T) == typeof(Rational) && !b.IsZero)
            {
                long bits = 0;
                foreach (var c in b.Coefficients)
                {
                    var q = (Rational)(object)c!;
                    bits = Math.Max(bits, Math.Max(q.Numerator.GetBitLength(), q.Denominator.GetBitLength()));
                }
                // (2^30000)^30000 would be a 900-million-bit number: minutes to build, and no engine could use it.
                double estimate = (double)e * (bits + Math.Log2(b.Length));
                if (estimate > MaxCoefficientBits)
                    throw Error($"power too large: its coefficients would have about {estimate:0} bits (at most {MaxCoefficientBits})", at);
            }
            try { b = b.Pow(e); }
            catch (Errors.ExponentOverflowException) { throw Error($"exponent overflow: a degree exceeds {Monomials.PackedMonomial.MaxExponent}", at); }
            Checked(b);
        }
    }

    private Polynomial<T, TField> Atom()
    {
        SkipSpace();
        if (_pos >= _text.Length) throw Error("unexpected end of polynomial");
        char c = _text[_pos];
        if (c == '(')
        {
            int open = _pos;
            _pos++;
            if (++_depth > 500) throw Error("parentheses nested too deeply", open);
            var inner = Sum();
            _depth--;
            if (!Accept(')')) throw Error("unbalanced parenthesis: '(' is never closed", open);
            return inner;
        }
        if (c == '-') { _pos++; return -Power(); }
        if (c == '+') { _pos++; return Power(); }
        if (char.IsAsciiDigit(c) || c == '.') return Number();
        if (char.IsAsciiLetter(c))
        {
            int start = _pos;
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
            var name = _text[start.._pos];
            int v = _ring.IndexOf(name);
            if (v < 0) throw Error($"unknown variable '{name}'", start);
            return _ring.Variable(v);
        }
        throw Error(Unexpected());
    }

    /// <summary>The character at the cursor, whole (a surrogate pair is one character to the reader, not two halves that
    /// print as U+FFFD) and with its code point when it is not printable ASCII.</summary>
    private string Unexpected()
    {
        if (System.Text.Rune.DecodeFromUtf16(_text.AsSpan(_pos), out var rune, out _) != System.Buffers.OperationStatus.Done)
            return $"unexpected character U+{(int)_text[_pos]:X4}";
        return rune.Value is >= 0x21 and < 0x7F ? $"unexpected '{rune}'"
            : System.Text.Rune.IsControl(rune) ? $"unexpected character U+{rune.Value:X4}"
            : $"unexpected '{rune}' (U+{rune.Value:X4})";
    }

    private string Digits()
    {
        int start = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        return _text[start.._pos];
    }

    private Polynomial<T, TField> Number()
    {
        int start = _pos;
        var intPart = Digits();
        var frac = "";
        if (_pos < _text.Length && _text[_pos] == '.')
        {
            _pos++;
            frac = Digits();
        }
        if (intPart.Length == 0 && frac.Length == 0) throw Error("malformed number", start);
        if (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]) || _text[_pos] == '.'))
            throw Error($"malformed number '{_text[start..(_pos + 1)]}'", start);
        var num = BigInteger.Parse(intPart.Length == 0 ? "0" : intPart) * BigInteger.Pow(10, frac.Length) + (frac.Length == 0 ? 0 : BigInteger.Parse(frac));
        var den = BigInteger.Pow(10, frac.Length);
        T value;
        try { value = _ring.Field.FromRational(num, den); }
        catch (DivideByZeroException e) { throw Error(e.Message, start); }
        return Polynomial<T, TField>.Constant(_ring, value);
    }

    private Polynomial<T, TField> Checked(Polynomial<T, TField> p) =>
        p.Length > MaxTerms ? throw Error($"expression has more than {MaxTerms} terms") : p;
}

/// <summary>Entry points for <see cref="PolynomialParser{T, TField}"/>.</summary>
public static class PolynomialParser
{
    public static Polynomial<T, TField> Parse<T, TField>(PolynomialRing<T, TField> ring, string text, int line = 1, int columnOffset = 0,
        CancellationToken cancellation = default)
        where TField : struct, IField<T>
    {
        try { return new PolynomialParser<T, TField>(ring, text, line, columnOffset, cancellation).ParseAll(); }
        catch (Errors.ExponentOverflowException e) { throw new ParseException(e.Message, line, columnOffset + 1); }
    }
}
