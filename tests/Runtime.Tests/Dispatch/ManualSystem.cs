using System.Collections.Concurrent;
using FractalTrader.Testing;

namespace FractalTrader.Runtime.Tests.Dispatch;

/// <summary>An actor system on a <see cref="ManualDispatcher"/> and a manual clock, with everything published on its event stream recorded.</summary>
internal sealed class ManualSystem : IDisposable
{
    public ManualSystem(int throughput = 30)
        : this(ActorSystemOptions.Default with { Throughput = throughput })
    {
    }

    public ManualSystem(ActorSystemOptions options)
    {
        System = ActorSystem.Create("manual", options with { Dispatcher = Dispatcher, TimeProvider = Clock });
        System.EventStream.Subscribe(new QueueRef(Events), typeof(object));
        Dispatcher.RunUntilIdle();
    }

    public ManualDispatcher Dispatcher { get; } = new();

    public ManualTimeProvider Clock { get; } = new();

    public ActorSystem System { get; }

    public ConcurrentQueue<object> Events { get; } = new();

    public IActorRef ActorOf(Props props, string? name = null)
    {
        var actor = System.ActorOf(props, name);
        Dispatcher.RunUntilIdle();
        return actor;
    }

    public void Dispose()
    {
        var terminated = System.Terminate();
        Dispatcher.RunUntilIdle();
        terminated.IsCompleted.Should().BeTrue("the manual system terminates once its turns have run");
    }
}
