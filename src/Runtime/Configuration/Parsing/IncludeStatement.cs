namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>One include statement as written: its kind, target name, whether it is required, and where it is.</summary>
internal sealed record IncludeStatement(IncludeKind Kind, string Name, bool Required, HoconOrigin Origin);
