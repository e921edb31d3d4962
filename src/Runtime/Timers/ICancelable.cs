namespace FractalTrader.Runtime;

/// <summary>A scheduled send that can be cancelled. Thread-safe.</summary>
public interface ICancelable
{
    /// <summary>Whether <see cref="Cancel"/> was called.</summary>
    bool IsCancellationRequested { get; }

    /// <summary>Stops further sends; a message already sent is not taken back.</summary>
    void Cancel();
}
