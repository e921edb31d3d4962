namespace FractalTrader.Runtime;

/// <summary>The SQLite journal's schema, as migrations in version order, and the marks that identify a journal file.</summary>
internal static class SqliteSchema
{
    /// <summary>Written to the file header (<c>PRAGMA application_id</c>): "FTRJ", a FractalTrader journal.</summary>
    public const int ApplicationId = 0x4654524A;

    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "journal, journal_tag and snapshot tables",
        [
            """
            CREATE TABLE journal (
                ordering INTEGER PRIMARY KEY AUTOINCREMENT,
                persistence_id TEXT NOT NULL,
                sequence_nr INTEGER NOT NULL,
                is_deleted INTEGER NOT NULL DEFAULT 0,
                created INTEGER NOT NULL,
                manifest TEXT NOT NULL,
                payload BLOB NOT NULL,
                writer_id TEXT NOT NULL,
                tags TEXT NULL,
                CONSTRAINT journal_persistence_id_sequence_nr UNIQUE (persistence_id, sequence_nr)
            )
            """,
            """
            CREATE TABLE journal_tag (
                ordering INTEGER NOT NULL,
                tag TEXT NOT NULL,
                persistence_id TEXT NOT NULL,
                sequence_nr INTEGER NOT NULL,
                PRIMARY KEY (ordering, tag)
            ) WITHOUT ROWID
            """,
            "CREATE INDEX journal_tag_tag_ordering ON journal_tag (tag, ordering)",
            """
            CREATE TABLE snapshot (
                persistence_id TEXT NOT NULL,
                sequence_nr INTEGER NOT NULL,
                created INTEGER NOT NULL,
                manifest TEXT NOT NULL,
                payload BLOB NOT NULL,
                PRIMARY KEY (persistence_id, sequence_nr)
            )
            """,
        ]),
    ];

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;
}
