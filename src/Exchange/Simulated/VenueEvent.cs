namespace FractalTrader.Exchange.Simulated;

/// <summary>Something the simulated venue publishes to its feeds. Immutable.</summary>
public abstract record VenueEvent;
