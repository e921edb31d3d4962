using System.Globalization;

namespace FractalTrader.TestKit;

/// <summary>
/// Default timeouts of the test kit, scaled by the environment variable
/// <c>FRACTAL_TEST_TIMEFACTOR</c> (a positive number, default 1) for slow machines. Waits end as
/// soon as what they wait for happens, so generous defaults cost nothing when tests pass.
/// </summary>
public static class TestKitSettings
{
    /// <summary>The environment variable holding the time factor.</summary>
    public const string TimeFactorVariable = "FRACTAL_TEST_TIMEFACTOR";

    private static readonly Lazy<double> Factor = new(ReadTimeFactor);

    /// <summary>The factor every default timeout is multiplied by.</summary>
    public static double TimeFactor => Factor.Value;

    /// <summary>How long <c>ExpectMsg</c> and friends wait by default: 10 seconds times <see cref="TimeFactor"/>.</summary>
    public static TimeSpan DefaultTimeout => Dilated(TimeSpan.FromSeconds(10));

    /// <summary>How long <c>ExpectNoMsg()</c> watches by default: 100 milliseconds times <see cref="TimeFactor"/>.</summary>
    public static TimeSpan DefaultNoMessageDuration => Dilated(TimeSpan.FromMilliseconds(100));

    /// <summary><paramref name="duration"/> times <see cref="TimeFactor"/>.</summary>
    public static TimeSpan Dilated(TimeSpan duration) => duration * TimeFactor;

    private static double ReadTimeFactor()
    {
        var text = Environment.GetEnvironmentVariable(TimeFactorVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || !(factor > 0) || double.IsInfinity(factor))
        {
            throw new InvalidOperationException($"Environment variable {TimeFactorVariable}='{text}' must be a positive number, e.g. 2.5.");
        }

        return factor;
    }
}
