using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>Short assertions for the MANIFEST facts.</summary>
public static class FactAssertions
{
    public static HoconException ShouldFailWith(this Action act, HoconErrorKind kind)
    {
        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(kind, error.Message);
        return error;
    }

    public static HoconException ShouldFailWith<T>(this Func<T> read, HoconErrorKind kind) => ((Action)(() => read())).ShouldFailWith(kind);

    public static HoconValue Json(string json) => HoconOracle.FromJson(json);
}
