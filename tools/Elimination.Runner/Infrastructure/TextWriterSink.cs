using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Elimination.Runner.Infrastructure;

/// <summary>A Serilog sink for a given TextWriter (the stderr writer tests pass in), serialised by a lock.</summary>
internal sealed class TextWriterSink : ILogEventSink
{
    private readonly TextWriter _writer;
    private readonly ITextFormatter _formatter;
    private readonly object _gate = new();

    public TextWriterSink(TextWriter writer, ITextFormatter formatter)
    {
        _writer = writer;
        _formatter = formatter;
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            _formatter.Format(logEvent, _writer);
            _writer.Flush();
        }
    }
}
