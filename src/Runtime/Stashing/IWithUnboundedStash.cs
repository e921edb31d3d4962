namespace FractalTrader.Runtime;

/// <summary>Akka.NET's older name for <see cref="IWithStash"/>; the stash is unbounded either way.</summary>
public interface IWithUnboundedStash : IWithStash;
