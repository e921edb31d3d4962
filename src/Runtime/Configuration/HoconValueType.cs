namespace FractalTrader.Runtime.Configuration;

/// <summary>The type of a resolved configuration value.</summary>
public enum HoconValueType
{
    /// <summary>An object: keys mapped to values.</summary>
    Object,

    /// <summary>A list (HOCON array).</summary>
    List,

    /// <summary>A string, quoted or unquoted in the source.</summary>
    String,

    /// <summary>A number (whole or fractional).</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>An explicit null.</summary>
    Null,
}
