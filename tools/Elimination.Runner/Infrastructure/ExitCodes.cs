namespace Elimination.Runner.Infrastructure;

/// <summary>Exit codes of every command (documented in <c>elimination --help</c> and the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>A bug: an exception nobody expected. The message says so; --verbose adds the stack trace.</summary>
    public const int InternalError = 1;
    /// <summary>Bad input: a malformed file, an unknown option value, an impossible request.</summary>
    public const int BadInput = 2;
    /// <summary>--timeout elapsed or Ctrl-C: the computation stopped and wrote nothing.</summary>
    public const int Cancelled = 3;

    public const string Description = "Exit codes: 0 ok, 1 internal error, 2 bad input, 3 timeout or cancelled.";
}
