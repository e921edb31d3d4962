namespace FractalTrader.Runtime;

/// <summary>A decider made of rules by exception type, tried in order, and a default. Immutable.</summary>
public sealed class DeployableDecider : IDecider
{
    private readonly KeyValuePair<Type, Directive>[] rules;

    /// <summary>Creates the decider.</summary>
    public DeployableDecider(Directive defaultDirective, IEnumerable<KeyValuePair<Type, Directive>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        DefaultDirective = defaultDirective;
        this.rules = [.. rules];
    }

    /// <summary>The directive when no rule matches.</summary>
    public Directive DefaultDirective { get; }

    /// <summary>The rules in the order they are tried.</summary>
    public IReadOnlyList<KeyValuePair<Type, Directive>> Rules => rules;

    /// <inheritdoc />
    public Directive Decide(Exception cause)
    {
        foreach (var (type, directive) in rules)
        {
            if (type.IsInstanceOfType(cause))
            {
                return directive;
            }
        }

        return DefaultDirective;
    }
}
