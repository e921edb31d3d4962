namespace FractalTrader.Runtime.Configuration;

/// <content>
/// Getters that also check the value's range, for the readers that bind settings (the actor
/// system's, the node's): a bad value is a <see cref="HoconException"/> naming the file, line and key.
/// </content>
public sealed partial class Config
{
    /// <summary>The integer at <paramref name="path"/>, at least <paramref name="minimum"/>.</summary>
    /// <exception cref="HoconException">Missing, not an integer, or below the minimum.</exception>
    public int GetInt(string path, int minimum)
    {
        var value = GetInt(path);
        return value >= minimum ? value : throw BadValue(path, $"must be at least {minimum}, found {value}");
    }

    /// <summary>The duration at <paramref name="path"/>, which must be positive.</summary>
    /// <exception cref="HoconException">Missing, not a duration, or zero or negative.</exception>
    public TimeSpan GetPositiveDuration(string path)
    {
        var value = GetDuration(path);
        return value > TimeSpan.Zero ? value : throw BadValue(path, $"must be a positive duration such as 30s, found {value}");
    }

    /// <summary>An error about the value at <paramref name="path"/>, located where that value was written.</summary>
    public HoconException BadValue(string path, string reason) =>
        new(HoconErrorKind.BadValue, GetValue(path).Origin, path, reason);
}
