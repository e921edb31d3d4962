using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Risk;

/// <summary>
/// What <see cref="RiskDesk"/> found for one signal, before it becomes an <see cref="EntryReview"/>:
/// the refusal of the state check, or the sizing and the book's limits. The reason is written only
/// when read (a backtest needs it for refusals only). Immutable.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct EntryAssessment(string? Refusal, SizingOutcome Sizing, PortfolioDecision? Portfolio)
{
    public bool Approved => Portfolio is { Approved: true };

    /// <summary>Size to send, 0 when refused.</summary>
    public decimal Size => Approved ? Portfolio!.Size : 0m;

    /// <summary>The refusing rule, or how the size was reached.</summary>
    public string Reason =>
        Refusal
        ?? (Portfolio is null ? Sizing.Reason
        : Portfolio.Approved ? $"{Sizing.Reason}; {Portfolio.Reason}"
        : Portfolio.Reason);

    /// <summary>Refusals of one form differ only in the numbers of their reasons (see <see cref="SizingOutcome.ReasonForm"/>); -1 when only the text tells.</summary>
    public int ReasonForm => Refusal is null && Portfolio is null ? Sizing.ReasonForm : -1;

    /// <summary>Refused before sizing (trading state, stale data, unknown symbol).</summary>
    public static EntryAssessment Refused(string reason) => new(reason, default, null);

    public EntryReview ToReview()
    {
        if (Refusal is not null)
        {
            return new EntryReview(false, 0m, Refusal, null, null);
        }

        var sizing = Sizing.ToDecision();
        return Portfolio is null ? new EntryReview(false, 0m, sizing.Reason, sizing, null)
            : Portfolio.Approved ? new EntryReview(true, Portfolio.Size, $"{sizing.Reason}; {Portfolio.Reason}", sizing, Portfolio)
            : new EntryReview(false, 0m, Portfolio.Reason, sizing, Portfolio);
    }
}
