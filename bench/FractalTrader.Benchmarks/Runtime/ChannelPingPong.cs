using System.Threading.Channels;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>
/// The baseline: the same ping-pong over raw System.Threading.Channels, one unbounded
/// single-reader channel and one consumer task per endpoint.
/// </summary>
internal static class ChannelPingPong
{
    public static Task Run(int rounds, int inFlight)
    {
        var ping = Channel.CreateUnbounded<Ball>(new UnboundedChannelOptions { SingleReader = true });
        var pong = Channel.CreateUnbounded<Ball>(new UnboundedChannelOptions { SingleReader = true });
        var pinger = Task.Run(async () =>
        {
            var sent = 0;
            var received = 0;
            for (; sent < Math.Min(inFlight, rounds); sent++)
            {
                pong.Writer.TryWrite(Ball.Instance);
            }

            while (await ping.Reader.WaitToReadAsync())
            {
                while (ping.Reader.TryRead(out var ball))
                {
                    if (++received == rounds)
                    {
                        pong.Writer.Complete();
                        return;
                    }

                    if (sent < rounds)
                    {
                        sent++;
                        pong.Writer.TryWrite(ball);
                    }
                }
            }
        });
        var ponger = Task.Run(async () =>
        {
            while (await pong.Reader.WaitToReadAsync())
            {
                while (pong.Reader.TryRead(out var ball))
                {
                    ping.Writer.TryWrite(ball);
                }
            }
        });
        return Task.WhenAll(pinger, ponger);
    }
}
