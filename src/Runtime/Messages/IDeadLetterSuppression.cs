namespace FractalTrader.Runtime;

/// <summary>Marks a message that is dropped quietly (not counted, published or logged) when it cannot be delivered.</summary>
public interface IDeadLetterSuppression;
