namespace FractalTrader.Runtime.Tests.Persistence.Journal;

public sealed class AtomicWriteTests
{
    private static Persistent Event(string persistenceId, long sequenceNr) => new("fill", persistenceId, sequenceNr, "writer-1");

    [Fact]
    public void Spans_the_sequence_nrs_of_its_events()
    {
        var write = new AtomicWrite([Event("portfolio", 4), Event("portfolio", 5), Event("portfolio", 6)]);

        (write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr).Should().Be(("portfolio", 4L, 6L));
    }

    [Fact]
    public void Refuses_what_cannot_be_written_as_one_unit()
    {
        FluentActions.Invoking(() => new AtomicWrite(Array.Empty<Persistent>())).Should().Throw<ArgumentException>().WithMessage("*at least one*");
        FluentActions.Invoking(() => new AtomicWrite(Event("", 1))).Should().Throw<ArgumentException>().WithMessage("*non-empty persistence id*");
        FluentActions.Invoking(() => new AtomicWrite(Event("a", 0))).Should().Throw<ArgumentException>().WithMessage("*below 1*");
        FluentActions.Invoking(() => new AtomicWrite([Event("a", 1), Event("b", 2)])).Should().Throw<ArgumentException>().WithMessage("*'a' and 'b'*");
        FluentActions.Invoking(() => new AtomicWrite([Event("a", 1), Event("a", 3)])).Should().Throw<ArgumentException>().WithMessage("*sequence nr 3*should be 2*");
    }
}
