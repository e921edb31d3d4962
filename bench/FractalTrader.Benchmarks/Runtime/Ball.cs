namespace FractalTrader.Benchmarks.Runtime;

/// <summary>The message bounced in ping-pong: one shared instance, so no benchmark measures message allocation.</summary>
internal sealed class Ball
{
    public static readonly Ball Instance = new();
}
