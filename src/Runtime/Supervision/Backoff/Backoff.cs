namespace FractalTrader.Runtime;

/// <summary>Builds <see cref="BackoffOptions"/> for <see cref="BackoffSupervisor.Props(BackoffOptions)"/>, as in Akka.NET.</summary>
public static class Backoff
{
    /// <summary>Restart the child with growing delays when it fails; if it stops by itself, the supervisor stops too.</summary>
    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = -1) =>
        new BackoffOptions(BackoffMode.OnFailure, childProps, childName, minBackoff, maxBackoff, randomFactor).WithMaxNrOfRetries(maxNrOfRetries);

    /// <summary>Start the child again with growing delays whenever it stops; its failures are decided as usual (the default decider restarts it at once).</summary>
    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = -1) =>
        new BackoffOptions(BackoffMode.OnStop, childProps, childName, minBackoff, maxBackoff, randomFactor).WithMaxNrOfRetries(maxNrOfRetries);
}
