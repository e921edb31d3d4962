using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Orders;

/// <summary>Writes given events under a persistence id, as an actor that crashed right after journaling them would have left them.</summary>
internal sealed class JournalWriter : ReceivePersistentActor
{
    private readonly string id;

    public JournalWriter(string id, IReadOnlyList<object> events)
    {
        this.id = id;
        Command<Write>(_ =>
        {
            var replyTo = Sender;
            PersistAll(events, _ => { });
            DeferAsync(replyTo, r => r.Tell(new Written(), Self));
        });
    }

    public override string PersistenceId => id;

    public sealed record Write;

    public sealed record Written;
}
