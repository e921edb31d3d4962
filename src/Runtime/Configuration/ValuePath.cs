namespace FractalTrader.Runtime.Configuration;

/// <summary>Where a value read by a getter sits: its path and, inside a list, its index. Immutable.</summary>
internal readonly record struct ValuePath(HoconPath Path, int? Element = null)
{
    /// <summary>The path as errors show it, e.g. <c>arrays.ofInt[2]</c>.</summary>
    public string Render() => Element is { } i ? Path.Render() + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : Path.Render();
}
