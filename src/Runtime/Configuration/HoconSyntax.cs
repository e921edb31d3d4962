namespace FractalTrader.Runtime.Configuration;

/// <summary>The syntax a configuration source is read with.</summary>
public enum HoconSyntax
{
    /// <summary>HOCON (<c>.conf</c>): JSON plus comments, unquoted strings, paths, substitutions, includes.</summary>
    Conf,

    /// <summary>Strict JSON (<c>.json</c>).</summary>
    Json,

    /// <summary>Java properties (<c>.properties</c>): <c>a.b=value</c> lines, all values strings.</summary>
    Properties,
}
