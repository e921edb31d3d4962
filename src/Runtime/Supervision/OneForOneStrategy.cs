namespace FractalTrader.Runtime;

/// <summary>Applies the directive to the failing child only; the default strategy. Immutable.</summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="maxNrOfRetries">Restarts allowed within the window; null or -1 unlimited, 0 none.</param>
    /// <param name="withinTimeRange">The window; null is forever.</param>
    /// <param name="localOnlyDecider">Maps failures to directives.</param>
    /// <param name="loggingEnabled">Whether failures are logged.</param>
    public OneForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(maxNrOfRetries, withinTimeRange, Runtime.Decider.From(localOnlyDecider), loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with a decider.</summary>
    public OneForOneStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, IDecider decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with the window in milliseconds, as Akka.NET allows.</summary>
    public OneForOneStrategy(int maxNrOfRetries, int withinTimeMilliseconds, Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(maxNrOfRetries, TimeSpan.FromMilliseconds(withinTimeMilliseconds), localOnlyDecider, loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with unlimited retries.</summary>
    public OneForOneStrategy(Func<Exception, Directive> localOnlyDecider, bool loggingEnabled = true)
        : this(null, null, localOnlyDecider, loggingEnabled)
    {
    }

    /// <summary>Creates the strategy with unlimited retries and a decider.</summary>
    public OneForOneStrategy(IDecider decider)
        : this(null, null, decider)
    {
    }

    internal override Directive ApplyDirective(ActorCell parent, ActorCell child, Exception cause, Directive directive)
    {
        switch (directive)
        {
            case Directive.Resume:
                ActorCell.ResumeChild(child, cause);
                return Directive.Resume;
            case Directive.Restart when child.RequestRestartPermission(MaxNumberOfRetries, WithinTimeRange):
                ActorCell.RestartChild(child, cause);
                return Directive.Restart;
            default:
                parent.StopChild(child, cause);
                return Directive.Stop;
        }
    }
}
