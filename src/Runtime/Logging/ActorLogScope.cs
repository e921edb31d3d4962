using System.Collections;

namespace FractalTrader.Runtime;

/// <summary>
/// The logging scope of an actor's log lines: one property, <c>ActorPath</c>, which Serilog and
/// other structured providers turn into a field. Immutable.
/// </summary>
internal sealed class ActorLogScope(ActorPath path) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string ActorPathKey = "ActorPath";

    private readonly string pathText = path.ToString();

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new KeyValuePair<string, object?>(ActorPathKey, pathText) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{ActorPathKey}:{pathText}";
}
