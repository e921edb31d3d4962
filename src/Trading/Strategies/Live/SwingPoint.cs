using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// A confirmed swing point with the trend verdict written at it. <see cref="SupportStart"/> is the
/// oldest of the four points (last two highs and lows) the verdict used: when that point has left
/// the window, the window holds fewer than two of a kind and the verdict there is 0. Immutable.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct SwingPoint(int Bar, double Price, bool IsHigh, int Verdict, int SupportStart);
