namespace FractalTrader.JournalCrashWriter;

/// <summary>Asks a ledger to post <paramref name="Amounts"/> as command <paramref name="Command"/>, all or nothing; answered with the <see cref="LedgerState"/> after its handlers ran.</summary>
internal sealed record Post(long Command, decimal[] Amounts);
