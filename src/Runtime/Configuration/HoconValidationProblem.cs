namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// One way a configuration differs from the reference it is validated against: a missing setting
/// or one of an incompatible type. Immutable.
/// </summary>
/// <param name="Path">The setting, rendered (e.g. <c>fractal.actor.ask-timeout</c>).</param>
/// <param name="Origin">Where the offending value is, or the object a missing setting belongs in.</param>
/// <param name="Expected">What the reference holds there: <c>number</c>, <c>object</c>, <c>list of boolean</c>, ...</param>
/// <param name="Found">What the configuration holds: a type name, or <c>(missing)</c>.</param>
public sealed record HoconValidationProblem(string Path, HoconOrigin Origin, string Expected, string Found)
{
    /// <summary>The problem as one line: <c>file:line:column: path: expected X, found Y</c>.</summary>
    public override string ToString() => $"{Origin}: {Path}: expected {Expected}, found {Found}";
}
