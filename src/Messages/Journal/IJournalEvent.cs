namespace FractalTrader.Messages.Journal;

/// <summary>
/// Marks a record that persistent actors write to the journal. Every such type is listed in
/// <see cref="JournalManifests"/> under a stable manifest name, never under its CLR name.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1040:Avoid empty interfaces", Justification = "A marker: the manifest catalogue and its tests find journaled types by it.")]
public interface IJournalEvent;
