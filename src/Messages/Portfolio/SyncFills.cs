namespace FractalTrader.Messages.Portfolio;

/// <summary>Asks the portfolio to read the venue's fills since its last one, record the new ones, and answer with a <see cref="PortfolioView"/>.</summary>
public sealed record SyncFills;
