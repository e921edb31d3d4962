namespace FractalTrader.Runtime;

/// <summary>One page of replayed events, whether another may follow, and the unreadable row that ended it, if any.</summary>
internal readonly record struct ReplayPage(List<Persistent> Events, bool MayHaveMore, EventDeserializationException? Failure);
