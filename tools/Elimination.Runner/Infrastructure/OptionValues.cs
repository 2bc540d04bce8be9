using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Elimination.Runner.Infrastructure;

/// <summary>
/// Numeric option values read strictly: invariant culture, finite, in range of the type, with one
/// error line naming the option ("--threads: '99999999999' is not an integer (-2147483648 to
/// 2147483647)"). <see cref="Check{T}"/> adds a range rule that runs only on values that parsed,
/// so a validator never throws on text it cannot read.
/// </summary>
public static class OptionValues
{
    /// <summary>Installs the strict parser on every int/long/double (nullable or not) option of the command.</summary>
    public static void MakeStrict(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int> o when o.CustomParser is null: o.CustomParser = r => Integer(r, o.Name, int.MinValue, int.MaxValue) is long v ? (int)v : 0; break;
                case Option<int?> o when o.CustomParser is null: o.CustomParser = r => Integer(r, o.Name, int.MinValue, int.MaxValue) is long v ? (int)v : null; break;
                case Option<long> o when o.CustomParser is null: o.CustomParser = r => Integer(r, o.Name, long.MinValue, long.MaxValue) ?? 0; break;
                case Option<long?> o when o.CustomParser is null: o.CustomParser = r => Integer(r, o.Name, long.MinValue, long.MaxValue); break;
                case Option<double> o when o.CustomParser is null: o.CustomParser = r => Real(r, o.Name) ?? 0; break;
                case Option<double?> o when o.CustomParser is null: o.CustomParser = r => Real(r, o.Name); break;
            }
        }
    }

    /// <summary>The field an option names (--field): its errors name the option, not a file's line and column.</summary>
    public static Elimination.Core.Fields.FieldSpec Field(string text, string option = "--field")
    {
        try { return Elimination.Core.Fields.FieldSpec.Parse(text); }
        catch (Elimination.Core.Parsing.ParseException e) { throw new Elimination.Core.Errors.InvalidInputException($"{option} '{text}': {e.Message}"); }
    }

    /// <summary>Adds a rule (null = fine, else the error message) checked on values that parsed.</summary>
    public static void Check<T>(Option<T> option, Func<T, string?> rule)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 0) return;
            T? value;
            try { value = r.GetValueOrDefault<T>(); }
            catch (InvalidOperationException) { return; } // unparsable: the parser has reported it
            if (value is not null && rule(value) is string error) r.AddError(error);
        });
    }

    private static string Text(ArgumentResult r) => r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";

    private static long? Integer(ArgumentResult r, string name, long min, long max)
    {
        var text = Text(r);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) && v >= min && v <= max) return v;
        r.AddError($"{name}: '{text}' is not an integer ({min} to {max})");
        return null;
    }

    private static double? Real(ArgumentResult r, string name)
    {
        var text = Text(r);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)) return v;
        r.AddError($"{name}: '{text}' is not a finite number");
        return null;
    }
}
