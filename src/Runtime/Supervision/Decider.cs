namespace FractalTrader.Runtime;

/// <summary>Builds deciders, as in Akka.NET.</summary>
public static class Decider
{
    /// <summary>A decider from a function.</summary>
    public static IDecider From(Func<Exception, Directive> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return new LocalOnlyDecider(decide);
    }

    /// <summary>A decider from rules by exception type, tried in order (a rule matches subclasses), else <paramref name="defaultDirective"/>.</summary>
    public static IDecider From(Directive defaultDirective, params KeyValuePair<Type, Directive>[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new DeployableDecider(defaultDirective, rules);
    }
}
