namespace FractalTrader.Runtime;

/// <summary>An event or snapshot in stored form: its manifest and UTF-8 JSON. Immutable by convention (the bytes are not copied).</summary>
/// <param name="Manifest">The stored manifest, <c>name@version</c>.</param>
/// <param name="Bytes">The payload as UTF-8 JSON.</param>
public readonly record struct SerializedPayload(string Manifest, byte[] Bytes);
