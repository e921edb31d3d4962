using FractalTrader.Messages;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Actors.Mapping;

/// <summary>Between the domain's <see cref="TradeDirection"/> and the messages' <see cref="Direction"/> (same values). Stateless.</summary>
public static class DirectionMapping
{
    /// <summary>The message direction.</summary>
    public static Direction ToMessage(this TradeDirection direction) => direction == TradeDirection.Long ? Direction.Long : Direction.Short;

    /// <summary>The domain direction.</summary>
    public static TradeDirection ToDomain(this Direction direction) => direction == Direction.Long ? TradeDirection.Long : TradeDirection.Short;

    /// <summary>The direction of a non-zero signed size.</summary>
    public static Direction OfSignedSize(decimal signedSize) => signedSize >= 0 ? Direction.Long : Direction.Short;

    /// <summary>+1 for long, -1 for short.</summary>
    public static int Sign(this Direction direction) => (int)direction;
}
