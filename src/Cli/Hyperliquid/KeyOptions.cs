using System.CommandLine;
using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Cli.Hyperliquid;

/// <summary>The <c>--key-env</c> / <c>--key-file</c> pair every signing command takes. Immutable.</summary>
internal sealed class KeyOptions
{
    public Option<string?> KeyEnv { get; } = new("--key-env") { Description = "Environment variable holding the private key (hex)" };

    public Option<FileInfo?> KeyFile { get; } = new("--key-file") { Description = "File holding the private key; must not be group/world readable" };

    public void AddTo(Command command)
    {
        command.Options.Add(KeyEnv);
        command.Options.Add(KeyFile);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(KeyEnv) is null) == (result.GetValue(KeyFile) is null))
            {
                result.AddError("Give exactly one of --key-env VAR or --key-file PATH.");
            }
        });
    }

    /// <summary>Loads the key from whichever option was given.</summary>
    /// <exception cref="KeySourceException">The key cannot be loaded (neither or both options are a parse error).</exception>
    public PrivateKey Load(ParseResult parseResult)
    {
        var variable = parseResult.GetValue(KeyEnv);
        var file = parseResult.GetValue(KeyFile);
        return (variable, file) switch
        {
            ({ } v, null) => PrivateKeySource.FromEnvironment(v),
            (null, { } f) => PrivateKeySource.FromFile(f.FullName),
            _ => throw new KeySourceException("Give exactly one of --key-env VAR or --key-file PATH."),
        };
    }
}
