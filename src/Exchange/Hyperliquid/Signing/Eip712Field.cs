namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>One member of a flat EIP-712 struct type, e.g. <c>uint64 time</c>. Immutable.</summary>
/// <param name="Name">Field name, as it appears in the message.</param>
/// <param name="Type">Solidity type: string, bytes32, address, bool, uint64 or uint256.</param>
public sealed record Eip712Field(string Name, string Type);
