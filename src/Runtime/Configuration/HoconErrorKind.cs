namespace FractalTrader.Runtime.Configuration;

/// <summary>What went wrong in a <see cref="HoconException"/>; mirrors the reference implementation's exception classes.</summary>
public enum HoconErrorKind
{
    /// <summary>The text is not valid HOCON, JSON or properties syntax.</summary>
    Parse,

    /// <summary>A file could not be read, or a required include was not found.</summary>
    Io,

    /// <summary>Includes include each other in a loop, or nest deeper than the limit.</summary>
    IncludeCycle,

    /// <summary>A <c>${path}</c> substitution names a path that has no value anywhere.</summary>
    UnresolvedSubstitution,

    /// <summary>Substitutions refer to each other in a loop that no earlier value breaks.</summary>
    SubstitutionCycle,

    /// <summary>A getter asked for a path that has no setting.</summary>
    Missing,

    /// <summary>A getter asked for a value that is explicitly <c>null</c>.</summary>
    Null,

    /// <summary>A value has a type that cannot be converted to the one asked for.</summary>
    WrongType,

    /// <summary>A path expression is malformed (empty, leading or trailing dot, substitution inside).</summary>
    BadPath,

    /// <summary>A value has the right type but cannot be interpreted (bad duration unit, size out of range).</summary>
    BadValue,

    /// <summary>A value was read from a configuration whose substitutions have not been resolved.</summary>
    NotResolved,

    /// <summary>A configuration does not match the reference configuration it was validated against.</summary>
    ValidationFailed,
}
