namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>How an include statement names its target.</summary>
internal enum IncludeKind
{
    /// <summary><c>include "name"</c>: next to the including file, then the search roots.</summary>
    Heuristic,

    /// <summary><c>include file("path")</c>: relative to the working directory, as in the reference.</summary>
    File,

    /// <summary><c>include classpath("name")</c>: the search roots only.</summary>
    Classpath,

    /// <summary><c>include url("file:...")</c>: exactly that location, no extension guessing.</summary>
    Url,
}
