namespace FractalTrader.Cli.Terminal;

/// <summary>A command line that parses but asks for something impossible (exit code 2); the message says what.</summary>
internal sealed class UsageException(string message) : Exception(message);
