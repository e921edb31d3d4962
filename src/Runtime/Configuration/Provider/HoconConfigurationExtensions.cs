using Microsoft.Extensions.Configuration;

namespace FractalTrader.Runtime.Configuration.Provider;

/// <summary>Adds HOCON files to a configuration builder and reads HOCON durations and sizes from <see cref="IConfiguration"/>.</summary>
public static class HoconConfigurationExtensions
{
    /// <summary>
    /// Adds a HOCON file. Later sources still override it the usual .NET way, e.g.
    /// <c>.AddHoconFile("hocon/fractal.conf").AddEnvironmentVariables()</c> lets
    /// <c>fractal__actor__dispatcher__throughput=10</c> win.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The file, relative to the builder's base path unless rooted.</param>
    /// <param name="optional">Whether a missing file is ignored. The default is false.</param>
    public static IConfigurationBuilder AddHoconFile(this IConfigurationBuilder builder, string path, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return builder.Add(new HoconConfigurationSource { Path = path, Optional = optional });
    }

    /// <summary>Adds a HOCON source configured in full (parse and resolve options).</summary>
    public static IConfigurationBuilder AddHoconFile(this IConfigurationBuilder builder, HoconConfigurationSource source)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        return builder.Add(source);
    }

    /// <summary>A HOCON duration (<c>5s</c>, <c>250 ms</c>; a bare number is milliseconds) read from a configuration key, or null when unset.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.BadValue"/>: the value is not a duration; the message names the key.</exception>
    public static TimeSpan? GetHoconDuration(this IConfiguration configuration, string key) =>
        Read(configuration, key, (v, p) => TimeSpan.FromTicks(Config.AsNanoseconds(v, p) / 100));

    /// <summary>A HOCON size in bytes (<c>10MB</c>, <c>512KiB</c>) read from a configuration key, or null when unset.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.BadValue"/>: the value is not a size; the message names the key.</exception>
    public static long? GetHoconBytes(this IConfiguration configuration, string key) => Read(configuration, key, Config.AsBytes);

    private static T? Read<T>(IConfiguration configuration, string key, Func<HoconValue, ValuePath, T> convert)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(key);
        var text = configuration[key];
        return text is null ? null : convert(new HoconString(text, new HoconOrigin("configuration key " + key, 0, 0)), new ValuePath(HoconPath.Of(key.Split(':'))));
    }
}
