using System.Globalization;
using FractalTrader.JournalCrashWriter;

// Usage: JournalCrashWriter <journal.db> <writers> <seed>            batches through the journal API (BatchWriter)
//        JournalCrashWriter ledgers <journal.db> <ledgers> <seed>    persistent actors (LedgerHost)
// Both run until killed.
switch (args)
{
    case ["ledgers", var path, var ledgers, var seed]:
        await LedgerHost.RunAsync(path, int.Parse(ledgers, CultureInfo.InvariantCulture), int.Parse(seed, CultureInfo.InvariantCulture));
        return 0;
    case [var path, var writers, var seed]:
        await BatchWriter.RunAsync(path, int.Parse(writers, CultureInfo.InvariantCulture), int.Parse(seed, CultureInfo.InvariantCulture));
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: JournalCrashWriter <journal.db> <writers> <seed> | JournalCrashWriter ledgers <journal.db> <ledgers> <seed>");
        return 2;
}
