namespace FractalTrader.Trading.Risk;

/// <summary>
/// The risk verdict on one signal: the state check, the sizing and the book's limits, with the
/// size to send. Immutable.
/// </summary>
/// <param name="Approved">Whether an entry order of <paramref name="Size"/> may be sent.</param>
/// <param name="Size">Size in base units (whole lots), 0 when refused.</param>
/// <param name="Reason">The refusing rule, or how the size was reached.</param>
/// <param name="Sizing">The sizing decision, when sizing ran.</param>
/// <param name="Portfolio">The portfolio decision, when the limits ran.</param>
public sealed record EntryReview(bool Approved, decimal Size, string Reason, SizingDecision? Sizing, PortfolioDecision? Portfolio);
