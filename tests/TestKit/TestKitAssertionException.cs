using Xunit.Sdk;

namespace FractalTrader.TestKit;

/// <summary>A test kit expectation was not met (a message did not come, or was not the one expected).</summary>
public sealed class TestKitAssertionException : XunitException
{
    /// <summary>Creates the failure with what was expected and what happened.</summary>
    public TestKitAssertionException(string message)
        : base(message)
    {
    }
}
