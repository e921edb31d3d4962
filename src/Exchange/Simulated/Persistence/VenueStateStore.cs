using System.Globalization;
using System.Text.Json;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Simulated.State;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Exchange.Simulated.Persistence;

/// <summary>
/// The simulated venue's state in SQLite: accounts, orders, fills and market cursors, one row
/// each, upserted in one transaction per venue call (WAL, synchronous FULL), so a venue process
/// killed at any point restarts from its last completed call. Thread-safe.
/// </summary>
public sealed class VenueStateStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private VenueStateStore(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidOperationException">The file is not a venue state database; the message names it.</exception>
    public static VenueStateStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var opened = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            opened.Open();
            Execute(opened, """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS accounts (address TEXT PRIMARY KEY, state TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS orders (order_id INTEGER PRIMARY KEY, account TEXT NOT NULL, cloid TEXT, state TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS fills (trade_id INTEGER PRIMARY KEY, account TEXT NOT NULL, state TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS markets (symbol TEXT PRIMARY KEY, state TEXT NOT NULL);
                """);
        }
        catch (SqliteException e)
        {
            opened.Dispose();
            throw new InvalidOperationException($"Venue state file {path} cannot be used: {e.Message}", e);
        }

        return new VenueStateStore(opened, path);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }

    /// <summary>
    /// The venue's time at its last committed change, or null for a new store: a paper-trading
    /// clock resumes from here so market time never runs backwards across restarts.
    /// </summary>
    public DateTimeOffset? LastMarketTime()
    {
        lock (gate)
        {
            var saved = Rows("SELECT key, value FROM meta WHERE key = 'market_time'").Select(r => r.Value).FirstOrDefault();
            return saved is null ? null : DateTimeOffset.Parse(saved, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The saved state, or null for a new store.</summary>
    internal VenueSnapshot? Load()
    {
        lock (gate)
        {
            var meta = Rows("SELECT key, value FROM meta").ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
            if (!meta.TryGetValue("start_time", out var start))
            {
                return null;
            }

            return new VenueSnapshot(
                DateTimeOffset.Parse(start, CultureInfo.InvariantCulture),
                long.Parse(meta["next_order_id"], CultureInfo.InvariantCulture),
                long.Parse(meta["next_trade_id"], CultureInfo.InvariantCulture),
                [.. Rows("SELECT address, state FROM accounts").Select(r => Read<SimulatedAccount>(r.Value, "accounts", r.Key))],
                [.. Rows("SELECT order_id, state FROM orders").Select(r => Read<SimulatedOrder>(r.Value, "orders", r.Key))],
                [.. Rows("SELECT trade_id, state FROM fills ORDER BY trade_id").Select(r => Read<Fill>(r.Value, "fills", r.Key))],
                Rows("SELECT symbol, state FROM markets").ToDictionary(r => r.Key, r => Read<MarketCursor>(r.Value, "markets", r.Key), StringComparer.Ordinal));
        }
    }

    /// <summary>Commits one call's changes atomically.</summary>
    internal void Save(VenueChanges changes)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            if (changes.StartTime is { } start)
            {
                Upsert(transaction, "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    ("$k", "start_time"), ("$v", start.ToString("O", CultureInfo.InvariantCulture)));
            }

            if (changes.MarketTime is { } marketTime)
            {
                Upsert(transaction, "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    ("$k", "market_time"), ("$v", marketTime.ToString("O", CultureInfo.InvariantCulture)));
            }

            Upsert(transaction, "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                ("$k", "next_order_id"), ("$v", changes.NextOrderId.ToString(CultureInfo.InvariantCulture)));
            Upsert(transaction, "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                ("$k", "next_trade_id"), ("$v", changes.NextTradeId.ToString(CultureInfo.InvariantCulture)));
            foreach (var account in changes.Accounts)
            {
                Upsert(transaction, "INSERT INTO accounts (address, state) VALUES ($a, $s) ON CONFLICT(address) DO UPDATE SET state = excluded.state",
                    ("$a", account.Address), ("$s", JsonSerializer.Serialize(account, Json)));
            }

            foreach (var order in changes.Orders)
            {
                Upsert(transaction, "INSERT INTO orders (order_id, account, cloid, state) VALUES ($o, $a, $c, $s) ON CONFLICT(order_id) DO UPDATE SET state = excluded.state, cloid = excluded.cloid",
                    ("$o", order.OrderId), ("$a", order.Account), ("$c", (object?)order.ClientOrderId ?? DBNull.Value), ("$s", JsonSerializer.Serialize(order, Json)));
            }

            foreach (var (account, fill) in changes.Fills)
            {
                Upsert(transaction, "INSERT INTO fills (trade_id, account, state) VALUES ($t, $a, $s)",
                    ("$t", fill.TradeId), ("$a", account), ("$s", JsonSerializer.Serialize(fill, Json)));
            }

            foreach (var (symbol, cursor) in changes.Markets)
            {
                Upsert(transaction, "INSERT INTO markets (symbol, state) VALUES ($m, $s) ON CONFLICT(symbol) DO UPDATE SET state = excluded.state",
                    ("$m", symbol), ("$s", JsonSerializer.Serialize(cursor, Json)));
            }

            transaction.Commit();
        }
    }

    private T Read<T>(string json, string table, string key)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException("null row");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Venue state file {Path}: row '{key}' of table {table} is unreadable: {e.Message}", e);
        }
    }

    private List<(string Key, string Value)> Rows(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, reader.GetString(1)));
        }

        return rows;
    }

    private void Upsert(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection target, string sql)
    {
        using var command = target.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
