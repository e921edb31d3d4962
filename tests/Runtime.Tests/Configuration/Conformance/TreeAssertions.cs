using FractalTrader.Runtime.Configuration;
using FractalTrader.Runtime.Configuration.Rendering;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>Compares configuration trees with the reference's equality, showing both as JSON on failure.</summary>
public static class TreeAssertions
{
    public static void ShouldEqualTree(this HoconValue? actual, HoconValue expected, string because = "")
    {
        actual.Should().NotBeNull(because);
        if (!actual!.Equals(expected))
        {
            throw new Xunit.Sdk.XunitException(
                $"Trees differ {because}\nexpected: {JsonRenderer.Render(expected, indented: false)}\nactual:   {JsonRenderer.Render(actual, indented: false)}");
        }
    }
}
