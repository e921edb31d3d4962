namespace FractalTrader.Runtime;

/// <summary>Builds decider rules: <c>Directive.Stop.When&lt;ArgumentException&gt;()</c>, as in Akka.NET.</summary>
public static class DirectiveExtensions
{
    /// <summary>A rule applying <paramref name="directive"/> to exceptions of type <typeparamref name="TException"/>.</summary>
    public static KeyValuePair<Type, Directive> When<TException>(this Directive directive)
        where TException : Exception => new(typeof(TException), directive);
}
