using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Runtime.Tests.Persistence.Serialization;

public sealed class EventSerializerTests
{
    private sealed record OrderFilledV1(string OrderId, decimal Price);

    private sealed record OrderFilled(string OrderId, decimal Price, decimal Fee);

    private sealed record PositionOpened(string Symbol, decimal Size);

    private static object Read(EventSerializer serializer, string manifest, string json) =>
        serializer.Deserialize(manifest, Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Events_are_stored_under_their_manifest_not_their_type_name()
    {
        var serializer = new EventSerializerBuilder().Register<OrderFilled>("order-filled", version: 2).Build();

        var stored = serializer.Serialize(new OrderFilled("o-1", 101.5m, 0.25m));

        stored.Manifest.Should().Be("order-filled@2");
        Encoding.UTF8.GetString(stored.Bytes).Should().Be("""{"orderId":"o-1","price":101.5,"fee":0.25}""");
        serializer.Deserialize(stored.Manifest, stored.Bytes).Should().Be(new OrderFilled("o-1", 101.5m, 0.25m));
    }

    [Fact]
    public void A_renamed_type_still_reads_events_stored_under_the_old_manifest()
    {
        // Written by a build where the type was called OrderFilledV1; the manifest is what counts.
        var old = new EventSerializerBuilder().Register<OrderFilledV1>("order-filled").Build();
        var stored = old.Serialize(new OrderFilledV1("o-1", 100m));
        var renamed = new EventSerializerBuilder().Register<PositionOpened>("position-opened").Register<OrderFilled>("order-filled").Build();

        var read = renamed.Deserialize(stored.Manifest, stored.Bytes);

        read.Should().Be(new OrderFilled("o-1", 100m, 0m));
    }

    [Fact]
    public void An_upcaster_chain_brings_an_old_payload_to_the_current_type()
    {
        var serializer = new EventSerializerBuilder()
            .Register<OrderFilled>("order-filled", version: 3)
            .Upcast(new EventManifest("fill", 1), new EventManifest("order-filled", 2), node =>
            {
                node["orderId"] = node["id"]!.GetValue<string>();
                return node;
            })
            .Upcast(new EventManifest("order-filled", 2), new EventManifest("order-filled", 3), node =>
            {
                node["fee"] = JsonValue.Create(0.1m);
                return node;
            })
            .Build();

        Read(serializer, "fill@1", """{"id":"o-9","price":42}""").Should().Be(new OrderFilled("o-9", 42m, 0.1m));
        Read(serializer, "order-filled@2", """{"orderId":"o-8","price":41}""").Should().Be(new OrderFilled("o-8", 41m, 0.1m));
        Read(serializer, "fill", """{"id":"o-7","price":40}""").Should().Be(new OrderFilled("o-7", 40m, 0.1m), "a manifest without a version is version 1");
    }

    [Fact]
    public void An_unknown_manifest_is_refused_with_its_name()
    {
        var serializer = new EventSerializerBuilder().Register<OrderFilled>("order-filled").Build();

        var read = () => Read(serializer, "order-cancelled@1", "{}");

        read.Should().Throw<NotSupportedException>().WithMessage("*'order-cancelled@1'*");
    }

    [Fact]
    public void A_payload_that_does_not_fit_its_type_is_refused()
    {
        var serializer = new EventSerializerBuilder().Register<OrderFilled>("order-filled").Build();

        var read = () => Read(serializer, "order-filled@1", """{"orderId":"o-1","price":"not a number"}""");

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void An_unregistered_type_cannot_be_serialized()
    {
        var serializer = new EventSerializerBuilder().Register<OrderFilled>("order-filled").Build();

        var write = () => serializer.Serialize(new PositionOpened("BTC", 1m));

        write.Should().Throw<NotSupportedException>().WithMessage("*PositionOpened*not registered*");
    }

    [Fact]
    public void NaN_is_never_written()
    {
        var serializer = new EventSerializerBuilder().Register<Tuple<double>>("reading").Build();

        var write = () => serializer.Serialize(Tuple.Create(double.NaN));

        write.Should().Throw<NotSupportedException>().WithMessage("*reading@1*");
    }

    [Fact]
    public void Registration_refuses_duplicates_and_dangling_upcasters()
    {
        var builder = new EventSerializerBuilder().Register<OrderFilled>("order-filled");

        builder.Invoking(b => b.Register<PositionOpened>("order-filled")).Should().Throw<ArgumentException>().WithMessage("*order-filled@1*taken*");
        builder.Invoking(b => b.Register<OrderFilled>("other")).Should().Throw<ArgumentException>();
        builder.Invoking(b => b.Register<PositionOpened>("bad@name")).Should().Throw<FormatException>();
        builder.Upcast(new EventManifest("fill", 1), new EventManifest("nowhere", 1), n => n)
            .Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*'fill@1'*'nowhere@1'*");
    }

    [Fact]
    public void Manifests_round_trip_through_their_stored_form()
    {
        var names = ArbMap.Default.GeneratorFor<NonEmptyString>()
            .Select(s => s.Get)
            .Where(s => !s.Contains('@', StringComparison.Ordinal) && !s.Any(char.IsControl));

        Prop.ForAll(names.ToArbitrary(), Gen.Choose(1, 10_000).ToArbitrary(), (name, version) =>
        {
            var manifest = EventManifest.Create(name, version);
            return EventManifest.Parse(manifest.ToString()) == manifest;
        }).QuickCheckThrowOnFailure();
    }
}
