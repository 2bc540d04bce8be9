using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Elimination.Runner.Infrastructure;

/// <summary>Serilog for one invocation: stderr (never stdout) and optionally --log FILE.</summary>
public static class RunnerLogging
{
    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}";

    public static Serilog.Core.Logger Create(RunSettings settings, RunnerConsole console)
    {
        var level = settings.Verbosity switch
        {
            Verbosity.Quiet => LogEventLevel.Warning,
            Verbosity.Verbose => LogEventLevel.Debug,
            _ => LogEventLevel.Information,
        };
        var config = new LoggerConfiguration().MinimumLevel.Is(settings.LogFile is null ? level : LogEventLevel.Debug);
        config = console.IsRealConsole
            ? config.WriteTo.Console(restrictedToMinimumLevel: level, outputTemplate: Template, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: CultureInfo.InvariantCulture)
            : config.WriteTo.Sink(new TextWriterSink(console.Error, new MessageTemplateTextFormatter(Template, CultureInfo.InvariantCulture)), level);
        if (settings.LogFile is not null)
            config = config.WriteTo.File(settings.LogFile, restrictedToMinimumLevel: LogEventLevel.Debug,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture);
        return config.CreateLogger();
    }
}
