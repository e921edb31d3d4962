namespace FractalTrader.Runtime;

/// <summary>
/// Applies a restart or stop to all of the parent's children when one fails (resume applies to
/// the failing child only); for children that only make sense together. Immutable.
/// </summary>
public sealed class AllForOneStrategy : SupervisorStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="maxNrOfRetries">Restarts allowed per child within the window; null or -1 unlimited, 0 none.</param>
    /// <param name="withinTimeRange">The window; null is forever.</param>
    /// <param name="localOnlyDecider">Maps failures to directives.</param>
    /// <param name="loggingEnabled">Whether failures are logged.</param>
    public AllForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(maxNrOfRetries, withinTimeRange, Runtime.Decider.From(localOnlyDecider), loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with a decider.</summary>
    public AllForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, IDecider decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with the window in milliseconds, as Akka.NET allows.</summary>
    public AllForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(maxNrOfRetries, TimeSpan.FromMilliseconds(withinTimeMilliseconds), localOnlyDecider, loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with unlimited retries.</summary>
    public AllForOneStrategy(Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(null, null, localOnlyDecider, loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with unlimited retries and a decider.</summary>
    public AllForOneStrategy(IDecider decider)
        : this(null, null, decider)
    {
    }

    internal override Directive ApplyDirective(ActorCell parent, ActorCell child, Exception cause, Directive directive)
    {
        if (directive == Directive.Resume)
        {
            ActorCell.ResumeChild(child, cause);
            return Directive.Resume;
        }

        var children = parent.ChildCells();
        if (directive == Directive.Restart && children.All(c => c.RequestRestartPermission(MaxNumberOfRetries, WithinTimeRange)))
        {
            foreach (var sibling in children)
            {
                ActorCell.RestartChild(sibling, cause);
            }

            return Directive.Restart;
        }

        foreach (var sibling in children)
        {
            parent.StopChild(sibling, cause);
        }

        return Directive.Stop;
    }
}
