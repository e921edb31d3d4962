namespace FractalTrader.Messages.Portfolio;

/// <summary>Asks the portfolio for a <see cref="PortfolioView"/>.</summary>
public sealed record GetPortfolio;
