namespace FractalTrader.Exchange.Simulated;

/// <summary>The simulated venue has no account with this address.</summary>
public sealed class UnknownAccountException : Exception
{
    /// <summary>Creates the error.</summary>
    public UnknownAccountException(string account)
        : base($"The simulated venue has no account {account}.")
    {
        Account = account;
    }

    /// <summary>The address asked for.</summary>
    public string Account { get; }
}
