using Elimination.Core.Errors;
namespace Elimination.Neuro;

/// <summary>
/// Architectures written as one line of text, as in experiment lists and the runner:
/// <code>
/// mlp 3,3,3 x^2 [bias] [zero=w1_00,w2_01]     (widths d0..dL, activation, biases, weights fixed to 0)
/// 3,3,3 x^2                                    (mlp is the default kind)
/// linear 3,2,3
/// cnn 6;2,3;2,1 x^2                            (input length; filter sizes; strides (default 1))
/// cnn 6;2,3;2,1;2,3,1 x^2                      (… ; channels c0,…,cL; "6;2,3;;2,3,1" keeps strides 1)
/// attention 2,1,1,2                            (d, d', a, t: features, output features, key/query size, tokens)
/// attention 3,2,2;2,1;2                        (L layers: features d0,…,dL; key/query sizes a1,…,aL; tokens t)
/// </code>
/// One-channel CNNs and one-layer attention stacks are the general classes' special cases
/// (<see cref="MultiChannelConvolutionalNetwork.SingleChannel"/>, <see cref="DeepLightningSelfAttention.SingleLayer"/>),
/// written without channels / as d,d',a,t, so they have one canonical line.
/// The activation may contain spaces ("x^3 + x"); it defaults to x^2. <see cref="Canonical"/> writes a line back.
/// </summary>
public static class ArchitectureSpec
{
    public static readonly string[] Kinds = { "mlp", "linear", "cnn", "attention" };

    public static INeuralArchitecture Parse(string line)
    {
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count == 0) throw new InvalidInputException("empty architecture line");
        string kind = "mlp";
        if (Kinds.Contains(tokens[0].ToLowerInvariant())) { kind = tokens[0].ToLowerInvariant(); tokens.RemoveAt(0); }
        else if (!char.IsDigit(tokens[0][0])) throw new InvalidInputException($"unknown architecture '{tokens[0]}' (expected {string.Join(", ", Kinds)})");
        if (tokens.Count == 0) throw new InvalidInputException($"'{line}': the sizes are missing");
        string widths = tokens[0];
        bool bias = false;
        string? zero = null;
        var activation = new List<string>();
        foreach (var t in tokens.Skip(1))
        {
            if (t is "bias" or "--bias") bias = true;
            else if (t.StartsWith("zero=", StringComparison.Ordinal)) zero = t[5..];
            else activation.Add(t);
        }
        return Create(kind, widths, activation.Count == 0 ? null : string.Join(" ", activation), bias, zero);
    }

    /// <param name="sizes">mlp/linear: d0,…,dL; cnn: n;k1,…[;s1,…[;c0,…,cL]]; attention: d,d',a,t or d0,…,dL;a1,…,aL;t.</param>
    /// <param name="zero">Comma-separated parameter names to fix to zero (a subnetwork), or null.</param>
    public static INeuralArchitecture Create(string kind, string sizes, string? activation, bool bias, string? zero)
    {
        kind = kind.Trim().ToLowerInvariant();
        var sigma = activation is null ? Activation.Power(2) : Activation.Parse(activation);
        INeuralArchitecture arch;
        switch (kind)
        {
            case "mlp":
                arch = new PolynomialMlp(Integers(sizes, "widths"), sigma, bias);
                break;
            case "linear":
                if (bias) throw new InvalidInputException("linear networks here have no biases (use mlp with activation x and --bias)");
                if (activation is not null && activation.Trim() != "x") throw new InvalidInputException("a linear network has no activation");
                arch = new LinearNetwork(Integers(sizes, "widths"));
                break;
            case "cnn":
            {
                if (bias) throw new InvalidInputException("the convolutional networks here have no biases");
                var parts = sizes.Split(';');
                if (parts.Length is < 2 or > 4)
                    throw new InvalidInputException($"cnn sizes '{sizes}': expected INPUT;FILTERS[;STRIDES[;CHANNELS]], e.g. 6;2,3;2,1 or 6;2,3;2,1;2,3,1");
                var input = Integers(parts[0], "input length");
                if (input.Length != 1) throw new InvalidInputException($"cnn input length '{parts[0]}' must be one number");
                var filters = Integers(parts[1], "filter sizes");
                var strides = parts.Length >= 3 && parts[2].Trim().Length > 0 ? Integers(parts[2], "strides") : Enumerable.Repeat(1, filters.Length).ToArray();
                if (strides.Length != filters.Length)
                    throw new InvalidInputException($"cnn sizes '{sizes}': {filters.Length} filter size(s) but {strides.Length} stride(s)");
                if (parts.Length == 4)
                {
                    var channels = Integers(parts[3], "channels");
                    if (channels.Length != filters.Length + 1)
                        throw new InvalidInputException($"cnn channels '{parts[3]}': {filters.Length} layer(s) need {filters.Length + 1} channel counts c0,...,cL");
                    arch = new MultiChannelConvolutionalNetwork(input[0], filters, strides, channels, sigma);
                    break;
                }
                arch = MultiChannelConvolutionalNetwork.SingleChannel(input[0], filters, strides, sigma);
                break;
            }
            case "attention":
            {
                if (bias) throw new InvalidInputException("lightning self-attention has no biases");
                if (activation is not null) throw new InvalidInputException("lightning self-attention has no activation");
                if (sizes.Contains(';'))
                {
                    var parts = sizes.Split(';');
                    if (parts.Length != 3)
                        throw new InvalidInputException($"attention sizes '{sizes}': expected FEATURES;KEYS;TOKENS, i.e. d0,...,dL;a1,...,aL;t, e.g. 3,2,2;2,1;2");
                    var d = Integers(parts[0], "attention features");
                    if (d.Length < 2) throw new InvalidInputException($"attention features '{parts[0]}': need d0,...,dL with at least one layer (two numbers)");
                    var a = Integers(parts[1], "attention key/query sizes");
                    var t = Integers(parts[2], "attention tokens");
                    if (a.Length != d.Length - 1)
                        throw new InvalidInputException($"attention sizes '{sizes}': {d.Length - 1} layer(s) from the features but {a.Length} key/query size(s)");
                    if (t.Length != 1) throw new InvalidInputException($"attention tokens '{parts[2]}' must be one number");
                    arch = new DeepLightningSelfAttention(d, a, t[0]);
                    break;
                }
                var s = Integers(sizes, "sizes");
                if (s.Length != 4) throw new InvalidInputException($"attention sizes '{sizes}': expected d,d',a,t (four numbers) or d0,...,dL;a1,...,aL;t");
                arch = DeepLightningSelfAttention.SingleLayer(s[0], s[1], s[2], s[3]);
                break;
            }
            default:
                throw new InvalidInputException($"unknown architecture '{kind}' (expected {string.Join(", ", Kinds)})");
        }
        if (!string.IsNullOrWhiteSpace(zero))
        {
            var names = zero.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var indices = names.Select(n =>
            {
                int i = arch.ParameterNames.ToList().IndexOf(n);
                if (i < 0) throw new InvalidInputException($"'{n}' is not a parameter of {arch.Description} (parameters: {string.Join(",", arch.ParameterNames.Take(12))}{(arch.ParameterCount > 12 ? ",…" : "")})");
                return i;
            });
            arch = new Subnetwork(arch, indices);
        }
        return arch;
    }

    /// <summary>The line that <see cref="Parse"/> reads back to the same architecture.</summary>
    public static string Canonical(INeuralArchitecture arch)
    {
        string zero = arch is Subnetwork s ? " zero=" + s.ZeroNames.Replace(" ", "") : "";
        var inner = arch is Subnetwork sub ? sub.Base : arch;
        string act = inner is PolynomialMlp or MultiChannelConvolutionalNetwork ? " " + arch.ActivationText.Replace(" ", "") : "";
        string bias = inner is PolynomialMlp { HasBias: true } ? " bias" : "";
        return $"{arch.Kind} {arch.Widths}{act}{bias}{zero}";
    }

    // A bound on any one width, kernel or token count, far past what a parametrisation's Jacobian can be ranked for.
    private const int MaxWidth = 10000;

    private static int[] Integers(string text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException($"{what}: none given (expected positive integers separated by commas)");
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var result = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], out result[i]) || result[i] < 1)
                throw new InvalidInputException($"{what} '{text}': '{parts[i]}' is not a positive integer");
            if (result[i] > MaxWidth)
                throw new InvalidInputException($"{what} '{text}': {parts[i]} is above {MaxWidth}, the largest width or size taken");
        }
        return result;
    }
}
