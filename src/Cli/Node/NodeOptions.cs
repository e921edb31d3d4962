using System.CommandLine;

namespace FractalTrader.Cli.Node;

/// <summary>The options every command that talks to a running node shares.</summary>
internal static class NodeOptions
{
    /// <summary>Where a node listens when nothing says otherwise (<c>fractal.node.health</c>).</summary>
    public const string DefaultAddress = "http://127.0.0.1:8580";

    /// <summary><c>--node URL</c>: the node's health and management address.</summary>
    public static Option<Uri> Address() => new("--node")
    {
        Description = $"The node's health and management address (default: {DefaultAddress}, or FRACTAL_NODE_URL)",
        DefaultValueFactory = result => ParseAddress(Environment.GetEnvironmentVariable("FRACTAL_NODE_URL") is { Length: > 0 } url ? url : DefaultAddress, "FRACTAL_NODE_URL", result),
        CustomParser = result => ParseAddress(result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty, "--node", result),
    };

    /// <summary><c>--json</c>: print the node's answer as it came.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print the node's JSON answer and nothing else" };

    /// <summary>The address in <paramref name="text"/>; anything else is a parse error naming <paramref name="source"/> (exit code 2).</summary>
    private static Uri ParseAddress(string text, string source, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) || string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal)))
        {
            return uri;
        }

        result.AddError($"{source}: expected an http address such as {DefaultAddress}, found '{text}'");
        return new Uri(DefaultAddress);
    }

    /// <summary>How long a call waits for the node.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(15);
}
