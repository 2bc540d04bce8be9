using Elimination.Core.Errors;
namespace Elimination.Core.Monomials;

/// <summary>Parses order names as written in system files and on the command line.</summary>
public static class MonomialOrders
{
    /// <summary>
    /// <c>grevlex</c>, <c>lex</c>, <c>weighted(w1,…,wn)</c>, <c>elim(v1,…)</c> (block order: the named
    /// variables first, grevlex in each block), <c>blocks(v1,…; w1,…; …)</c> (every variable in one block, grevlex in
    /// each: what <see cref="BlockOrder.Describe"/> writes for other than two blocks, so written files read back).
    /// Throws <see cref="InvalidInputException"/> with the reason.
    /// </summary>
    public static MonomialOrder Parse(string spec, IReadOnlyList<string> variables)
    {
        var s = spec.Trim();
        int n = variables.Count;
        switch (s.ToLowerInvariant())
        {
            case "grevlex" or "dp" or "degrevlex": return new GrevlexOrder(n);
            case "lex" or "lp": return new LexOrder(n);
        }
        int open = s.IndexOf('(');
        if (open < 0 || !s.EndsWith(')'))
            throw new InvalidInputException($"unknown monomial order '{spec}' (expected lex, grevlex, weighted(...), elim(...) or blocks(...))");
        var head = s[..open].Trim().ToLowerInvariant();
        var args = s[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        switch (head)
        {
            case "weighted" or "wdeg" or "wp":
                if (args.Length != n) throw new InvalidInputException($"weighted order needs {n} weights, got {args.Length}");
                var w = new int[n];
                for (int i = 0; i < n; i++)
                    if (!int.TryParse(args[i], out w[i]) || w[i] <= 0) throw new InvalidInputException($"weight '{args[i]}' is not a positive integer");
                return new WeightedOrder(w);
            case "elim":
                if (args.Length == 0) throw new InvalidInputException("elim(...) needs at least one variable");
                return BlockOrder.Elimination(n, args.Select(a => IndexOf(a, variables)));
            case "blocks":
                var blocks = s[(open + 1)..^1].Split(';', StringSplitOptions.TrimEntries)
                    .Select(b => b.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(a => IndexOf(a, variables)).ToArray())
                    .ToArray();
                var all = blocks.SelectMany(b => b).ToList();
                if (blocks.Any(b => b.Length == 0) || all.Count != n || all.Distinct().Count() != n)
                    throw new InvalidInputException($"blocks(...) must name each of the {n} variables once, in nonempty blocks separated by ';'");
                return new BlockOrder(n, blocks);
            default:
                throw new InvalidInputException($"unknown monomial order '{spec}'");
        }
    }

    private static int IndexOf(string name, IReadOnlyList<string> variables)
    {
        for (int i = 0; i < variables.Count; i++) if (variables[i] == name) return i;
        throw new InvalidInputException($"unknown variable '{name}' in the order");
    }
}
