namespace FractalTrader.Messages.Journal;

/// <summary>The stable name and schema version a journaled type is stored under. Immutable.</summary>
/// <param name="EventType">The record type.</param>
/// <param name="Name">Manifest name, kebab-case, never changed once journals hold it.</param>
/// <param name="Version">Schema version; raised (with an upcaster) when the shape changes.</param>
public sealed record JournalManifest(Type EventType, string Name, int Version);
