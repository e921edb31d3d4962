using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>A close beyond the active swing level at <see cref="Bar"/>, breaking the swing at <see cref="SwingBar"/>. Immutable.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct StructureBreakEvent(int Bar, int SwingBar);
