namespace FractalTrader.Runtime;

/// <summary>What a supervisor does with a failed child.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; drop the failing message and go on.</summary>
    Resume,

    /// <summary>Replace the instance with a fresh one; drop the failing message; the mailbox and stash are kept.</summary>
    Restart,

    /// <summary>Stop the child; watchers receive <see cref="Terminated"/>.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same exception, for its own supervisor to decide.</summary>
    Escalate,
}
