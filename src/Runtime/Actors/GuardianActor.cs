namespace FractalTrader.Runtime;

/// <summary>
/// The root, <c>/user</c> and <c>/system</c> guardians: they handle no messages and supervise
/// their children with the system's default strategy, which never escalates, so a failing
/// top-level actor is restarted (or stopped) and never brings the process down.
/// </summary>
internal sealed class GuardianActor : ActorBase
{
    protected override bool Receive(object message) => false;
}
