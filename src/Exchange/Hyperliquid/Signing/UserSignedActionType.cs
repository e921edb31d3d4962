namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// A user-signed action kind (spec §3): its <c>type</c>, EIP-712 primary type and fields.
/// Immutable and thread-safe.
/// </summary>
/// <param name="ActionType">The action's <c>type</c>, e.g. <c>usdSend</c>.</param>
/// <param name="PrimaryType">EIP-712 primary type, with its colon, e.g. <c>HyperliquidTransaction:UsdSend</c>.</param>
/// <param name="Fields">Typed fields in declared order.</param>
/// <param name="NonceField">The message field that equals the request nonce (<c>time</c> or <c>nonce</c>).</param>
public sealed record UserSignedActionType(string ActionType, string PrimaryType, IReadOnlyList<Eip712Field> Fields, string NonceField)
{
    private const string Prefix = "HyperliquidTransaction:";

    /// <summary>Every user-signed action of the spec's table, by action type.</summary>
    public static IReadOnlyDictionary<string, UserSignedActionType> All { get; } = new UserSignedActionType[]
    {
        Of("usdSend", "UsdSend", "time", ("destination", "string"), ("amount", "string"), ("time", "uint64")),
        Of("spotSend", "SpotSend", "time", ("destination", "string"), ("token", "string"), ("amount", "string"), ("time", "uint64")),
        Of("withdraw3", "Withdraw", "time", ("destination", "string"), ("amount", "string"), ("time", "uint64")),
        Of("usdClassTransfer", "UsdClassTransfer", "nonce", ("amount", "string"), ("toPerp", "bool"), ("nonce", "uint64")),
        Of("sendAsset", "SendAsset", "nonce", ("destination", "string"), ("sourceDex", "string"), ("destinationDex", "string"), ("token", "string"), ("amount", "string"), ("fromSubAccount", "string"), ("nonce", "uint64")),
        Of("approveAgent", "ApproveAgent", "nonce", ("agentAddress", "address"), ("agentName", "string"), ("nonce", "uint64")),
        Of("approveBuilderFee", "ApproveBuilderFee", "nonce", ("maxFeeRate", "string"), ("builder", "address"), ("nonce", "uint64")),
        Of("tokenDelegate", "TokenDelegate", "nonce", ("validator", "address"), ("wei", "uint64"), ("isUndelegate", "bool"), ("nonce", "uint64")),
        Of("convertToMultiSigUser", "ConvertToMultiSigUser", "nonce", ("signers", "string"), ("nonce", "uint64")),
        Of("userDexAbstraction", "UserDexAbstraction", "nonce", ("user", "address"), ("enabled", "bool"), ("nonce", "uint64")),
        Of("userSetAbstraction", "UserSetAbstraction", "nonce", ("user", "address"), ("abstraction", "string"), ("nonce", "uint64")),
    }.ToDictionary(t => t.ActionType, StringComparer.Ordinal);

    /// <summary>Finds a type by its action <c>type</c>.</summary>
    /// <exception cref="ArgumentException">Unknown type; the message lists the known ones.</exception>
    public static UserSignedActionType Get(string actionType) =>
        All.TryGetValue(actionType, out var type)
            ? type
            : throw new ArgumentException(
                $"'{actionType}' is not a user-signed action type; known: {string.Join(", ", All.Keys)}.", nameof(actionType));

    private static UserSignedActionType Of(string actionType, string name, string nonceField, params (string Name, string Type)[] fields) =>
        new(actionType, Prefix + name, [new("hyperliquidChain", "string"), .. fields.Select(f => new Eip712Field(f.Name, f.Type))], nonceField);
}
