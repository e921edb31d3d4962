using System.Collections.Frozen;
using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime;

/// <content>Binding from the <c>fractal.actor</c> section of a node's HOCON.</content>
public sealed partial record ActorSystemOptions
{
    private const string Section = "fractal.actor";

    /// <summary>
    /// The options <c>fractal.actor</c> of <paramref name="config"/> sets, on top of
    /// <paramref name="basis"/> (which keeps the clock, the logger factory and anything HOCON does
    /// not hold). Every key of the section must be present, as in <c>hocon/fractal.conf</c>;
    /// <c>fractal.actor.mailboxes</c> (named mailboxes) may be left out.
    /// </summary>
    /// <exception cref="HoconException">A key is missing, has the wrong type or an unusable value; the message names the file, line and key.</exception>
    public static ActorSystemOptions FromConfig(Config config, ActorSystemOptions? basis = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var mailboxes = new Dictionary<string, MailboxType>(StringComparer.Ordinal);
        if (config.HasPath($"{Section}.mailboxes"))
        {
            foreach (var name in config.GetObject($"{Section}.mailboxes").Keys)
            {
                var path = $"{Section}.mailboxes.\"{name}\"";
                mailboxes[name] = ActorName.IsValid(name) ? Mailbox(config, path) : throw config.BadValue(path, "must be a valid actor-path element");
            }
        }

        var withinTimeRange = $"{Section}.supervision.within-time-range";
        var options = (basis ?? Default) with
        {
            Throughput = config.GetInt($"{Section}.dispatcher.throughput", 1),
            DefaultMailbox = Mailbox(config, $"{Section}.mailbox"),
            Mailboxes = mailboxes.ToFrozenDictionary(StringComparer.Ordinal),
            AskTimeout = config.GetPositiveDuration($"{Section}.ask-timeout"),
            SupervisionMaxNrOfRetries = config.GetInt($"{Section}.supervision.max-nr-of-retries", -1),
            SupervisionWithinTimeRange = config.IsNull(withinTimeRange) ? null : config.GetPositiveDuration(withinTimeRange),
            DeadLetterLogLimit = config.GetInt($"{Section}.dead-letters.log-rate", 0),
            DeadLetterLogInterval = config.GetPositiveDuration($"{Section}.dead-letters.log-rate-interval"),
            LogDeadLettersDuringShutdown = config.GetBoolean($"{Section}.dead-letters.log-during-shutdown"),
        };
        options.Validate();
        return options;
    }

    private static MailboxType Mailbox(Config config, string path)
    {
        var type = config.GetString($"{path}.type");
        if (string.Equals(type, "unbounded", StringComparison.Ordinal))
        {
            return UnboundedMailbox.Instance;
        }

        if (!string.Equals(type, "bounded", StringComparison.Ordinal))
        {
            throw config.BadValue($"{path}.type", $"expected \"unbounded\" or \"bounded\", found '{type}'");
        }

        var policyPath = $"{path}.overflow-policy";
        var overflow = config.GetString(policyPath) switch
        {
            "drop-oldest" => MailboxOverflow.DropOldest,
            "drop-newest" => MailboxOverflow.DropNewest,
            "dead-letters" => MailboxOverflow.RejectToDeadLetters,
            var other => throw config.BadValue(policyPath, $"expected \"drop-oldest\", \"drop-newest\" or \"dead-letters\", found '{other}'"),
        };
        return new BoundedMailbox(config.GetInt($"{path}.capacity", 1), overflow);
    }
}
