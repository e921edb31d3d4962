using System.Text.Json;
using System.Text.Json.Serialization;
using FractalTrader.Runtime;

namespace FractalTrader.TestKit.Persistence;

/// <summary>The event the persistence specs write: text and a number, both checked on the way back.</summary>
public sealed record SpecEvent(string Text, decimal Number);

/// <summary>A snapshot state for the snapshot-store spec.</summary>
public sealed record SpecState(string Name, int Count, IReadOnlyList<decimal> Prices);

/// <summary>A type no spec serializer registers, so writing it must be rejected.</summary>
public sealed record UnregisteredEvent(int Value);

/// <summary>Serializes fine but can never be read back: a stored row a newer build can no longer read.</summary>
[JsonConverter(typeof(PoisonedEventConverter))]
public sealed record PoisonedEvent(int Value);

/// <summary>Writes <see cref="PoisonedEvent"/> and refuses to read it.</summary>
public sealed class PoisonedEventConverter : JsonConverter<PoisonedEvent>
{
    public override PoisonedEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("a poisoned event can never be read back");

    public override void Write(Utf8JsonWriter writer, PoisonedEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteEndObject();
    }
}

/// <summary>The serializer every persistence spec uses.</summary>
public static class SpecSerializer
{
    public const string EventManifest = "spec-event@1";
    public const string PoisonedManifest = "spec-poisoned@1";

    public static EventSerializer Create() =>
        new EventSerializerBuilder()
            .Register<SpecEvent>("spec-event")
            .Register<SpecState>("spec-state")
            .Register<PoisonedEvent>("spec-poisoned")
            .Build();
}
