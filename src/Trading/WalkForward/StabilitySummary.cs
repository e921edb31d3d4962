namespace FractalTrader.Trading.WalkForward;

/// <summary>How consistent the walk-forward was across windows. Immutable.</summary>
/// <param name="Windows">Number of windows.</param>
/// <param name="ProfitableShare">Share of windows with a positive out-of-sample return.</param>
/// <param name="MeanInSampleScore">Mean in-sample score of the chosen candidates (finite scores only).</param>
/// <param name="MeanOutOfSampleScore">Mean out-of-sample score (finite scores only).</param>
/// <param name="OutOfSampleScoreDeviation">Standard deviation of out-of-sample scores.</param>
/// <param name="Efficiency">Mean out-of-sample score over mean in-sample score (walk-forward efficiency); null when undefined.</param>
/// <param name="ModalChoiceShare">Share of windows that chose the most frequent candidate (1 = always the same parameters).</param>
/// <param name="Choices">For each searched parameter, how often each value was chosen.</param>
public sealed record StabilitySummary(
    int Windows,
    double ProfitableShare,
    double MeanInSampleScore,
    double MeanOutOfSampleScore,
    double OutOfSampleScoreDeviation,
    double? Efficiency,
    double ModalChoiceShare,
    IReadOnlyDictionary<string, IReadOnlyDictionary<double, int>> Choices);
