namespace FractalTrader.Runtime;

/// <summary>An actor system setting is out of range; the message names its HOCON key.</summary>
public sealed class ActorSystemConfigurationException : ArgumentException
{
    /// <summary>Creates the error.</summary>
    public ActorSystemConfigurationException(string key, string problem)
        : base($"Actor system setting '{key}' {problem}.")
    {
        Key = key;
    }

    /// <summary>The setting's HOCON key (or option name).</summary>
    public string Key { get; }
}
