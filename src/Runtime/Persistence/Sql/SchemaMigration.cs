namespace FractalTrader.Runtime;

/// <summary>One step of a journal's schema, recorded in <c>schema_migrations</c> when applied. Immutable.</summary>
/// <param name="Version">The schema version this step brings the store to.</param>
/// <param name="Description">What the step does, for operators reading the table.</param>
/// <param name="Statements">The DDL, run in one transaction with the version's record.</param>
internal sealed record SchemaMigration(int Version, string Description, IReadOnlyList<string> Statements);
