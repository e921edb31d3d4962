using FractalTrader.Runtime;
using FractalTrader.Testing;
using Microsoft.Extensions.Logging;
using Xunit;
using Xunit.Abstractions;

namespace FractalTrader.TestKit;

/// <summary>
/// Base class for actor tests with xunit (Akka.TestKit.Xunit2's <c>TestKit</c>): a fresh
/// <see cref="TestKitBase.Sys"/> per test on a <see cref="ManualTimeProvider"/> (<see cref="Clock"/>),
/// a <see cref="TestKitBase.TestActor"/> that is the implicit sender of <c>Tell(message)</c> in the test,
/// probes, and an <see cref="EventFilter"/> over what the system logs. The system is terminated
/// after the test; a test fails if it does not terminate in time.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "MA0049:Type name should not match containing namespace", Justification = "Akka.TestKit names its base class TestKit; ports rename only the namespace.")]
public abstract class TestKit : TestKitBase, IAsyncLifetime
{
    private static long systemSequence;
    private readonly TestSystem parts;
    private long probeSequence;

    /// <summary>Starts the system under test.</summary>
    /// <param name="output">The test's output: log lines are written there too.</param>
    /// <param name="configure">Adjusts the options (manual clock and capturing logger already set).</param>
    protected TestKit(ITestOutputHelper? output = null, Func<ActorSystemOptions, ActorSystemOptions>? configure = null)
        : this(TestSystem.Start(output, configure))
    {
    }

    private TestKit(TestSystem parts)
        : base(parts.System, "testActor")
    {
        this.parts = parts;
        EventFilter = new EventFilterFactory(parts.Capture);
        Sys.EventStream.Subscribe(new DeadLetterListener(parts.Capture), typeof(AllDeadLetters));
        ImplicitSender.SetAmbient(TestActor);
    }

    /// <summary>The manual clock behind every timer of <see cref="TestKitBase.Sys"/>: advance it to fire them.</summary>
    /// <exception cref="InvalidOperationException">The options were configured with another time provider.</exception>
    public ManualTimeProvider Clock => Sys.TimeProvider as ManualTimeProvider
        ?? throw new InvalidOperationException($"This test's system runs on {Sys.TimeProvider.GetType().Name}, not the manual clock.");

    /// <summary>Expectations over log lines and dead letters.</summary>
    public EventFilterFactory EventFilter { get; }

    /// <summary>Every line the system has logged so far.</summary>
    public IReadOnlyList<CapturedLogEvent> LogEvents => parts.Capture.LogEvents;

    /// <summary>Every dead letter and dropped message so far.</summary>
    public IReadOnlyList<AllDeadLetters> DeadLetters => parts.Capture.DeadLetters;

    /// <summary>A new probe, named <paramref name="name"/> or <c>testProbe-N</c>.</summary>
    public TestProbe CreateTestProbe(string? name = null) =>
        new(Sys, name ?? $"testProbe-{Interlocked.Increment(ref probeSequence)}");

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Terminates the system; fails the test, listing the actors still alive, if that takes longer than the default timeout.</summary>
    public virtual async Task DisposeAsync()
    {
        try
        {
            var terminated = await Task.WhenAny(Sys.Terminate(), Task.Delay(TestKitSettings.DefaultTimeout)).ConfigureAwait(false);
            if (terminated != Sys.WhenTerminated)
            {
                var alive = Sys.Describe().All.Where(a => a.State != ActorState.Stopped).Select(a => $"{a.Path} ({a.State})");
                throw new TestKitAssertionException(
                    $"Actor system {Sys.Name} did not terminate within {TestKitSettings.DefaultTimeout}; still alive: {string.Join(", ", alive)}.");
            }
        }
        finally
        {
            parts.LoggerFactory.Dispose();
        }
    }

    /// <summary>The system with what the kit needs to see inside it.</summary>
    private sealed record TestSystem(ActorSystem System, LogCapture Capture, ILoggerFactory LoggerFactory)
    {
        public static TestSystem Start(ITestOutputHelper? output, Func<ActorSystemOptions, ActorSystemOptions>? configure)
        {
            var capture = new LogCapture(output);
            var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder
                .SetMinimumLevel(LogLevel.Debug)
                .AddProvider(capture));
            var options = new ActorSystemOptions
            {
                TimeProvider = new ManualTimeProvider(),
                LoggerFactory = loggerFactory,
                DeadLetterLogLimit = 1000,
            };
            options = configure?.Invoke(options) ?? options;
            var name = $"test-{Interlocked.Increment(ref systemSequence)}";
            return new TestSystem(ActorSystem.Create(name, options), capture, loggerFactory);
        }
    }
}
