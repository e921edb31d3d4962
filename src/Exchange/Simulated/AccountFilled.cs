using FractalTrader.Exchange.Accounts;

namespace FractalTrader.Exchange.Simulated;

/// <summary>An account's order filled.</summary>
/// <param name="Account">Account address.</param>
/// <param name="Fill">The fill.</param>
public sealed record AccountFilled(string Account, Fill Fill) : VenueEvent;
