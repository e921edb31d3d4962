using System.Reflection;
using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Tests;

public sealed class MessageShapeTests
{
    private static readonly Type[] PublicTypes = typeof(IJournalEvent).Assembly.GetExportedTypes();

    [Fact]
    public void Every_message_is_a_sealed_record()
    {
        var messages = PublicTypes.Where(t => t is { IsClass: true, IsAbstract: false });

        messages.Should().NotBeEmpty().And.OnlyContain(t => t.IsSealed && t.GetMethod("<Clone>$") != null || t == typeof(JournalManifests),
            "messages cross actor boundaries and are journaled, so they are immutable records");
    }

    [Fact]
    public void No_message_has_a_settable_property()
    {
        var settable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        settable.Should().BeEmpty();
    }

    [Fact]
    public void Messages_carry_no_mutable_collections()
    {
        var mutable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType.IsArray || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var g
                && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(HashSet<>))))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        mutable.Should().BeEmpty();
    }
}
