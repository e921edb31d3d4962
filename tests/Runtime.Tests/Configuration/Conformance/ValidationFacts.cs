using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>MANIFEST §6.4: validate-invalid.conf checked against validate-reference.conf reports exactly the listed problems.</summary>
public sealed class ValidationFacts
{
    private static readonly (string Path, int Line, string Expected, string Found)[] Table =
    [
        ("willBeMissing", 1, "number", "(missing)"),
        ("int3", 7, "number", "object"),
        ("float2", 9, "number", "boolean"),
        ("float3", 10, "number", "list"),
        ("bool1", 11, "boolean", "number"),
        ("bool3", 13, "boolean", "object"),
        ("object1.a", 17, "string", "(missing)"),
        ("object2", 18, "object", "list"),
        ("object3", 19, "object", "number"),
        ("array3", 22, "list of boolean", "object"),
        ("array4", 23, "list of object", "number"),
        ("array5", 24, "list", "number"),
        ("a.b.c.d.e.f.g", 28, "boolean", "number"),
        ("a.b.c.d.e.f.j", 28, "boolean", "(missing)"),
        ("a.b.c.d.e.f.i", 30, "boolean", "list"),
    ];

    private static Config Reference => HoconOracle.Load("validate-reference.conf");

    private static Config Invalid => HoconOracle.Load("validate-invalid.conf");

    [Fact]
    public void Validation_reports_exactly_the_reference_problems_with_their_lines()
    {
        var problems = Invalid.Validate(Reference);

        problems.Select(p => (p.Path, p.Origin.Line, p.Expected, p.Found)).Should().BeEquivalentTo(Table);
    }

    [Fact]
    public void Strings_nulls_and_lists_that_the_reference_lets_through_are_not_reported()
    {
        var reported = Invalid.Validate(Reference).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

        reported.Should().NotIntersectWith(["string2", "string3", "string4", "int2", "float1", "bool2", "null1", "null2", "null3", "emptyArray1", "emptyArray2", "array1", "array2"]);
    }

    [Fact]
    public void Check_valid_throws_naming_every_problem_and_passes_a_valid_configuration()
    {
        var act = () => Invalid.CheckValid(Reference);

        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(HoconErrorKind.ValidationFailed);
        error.Message.Should().Contain("15 setting(s)").And.Contain("willBeMissing").And.Contain("a.b.c.d.e.f.i");
        Reference.Validate(Reference).Should().BeEmpty();
    }

    [Fact]
    public void Validation_can_be_restricted_to_paths()
    {
        var problems = Invalid.Validate(Reference, "object1", "a.b", "notInReference");

        problems.Select(p => p.Path).Should().BeEquivalentTo("object1.a", "a.b.c.d.e.f.g", "a.b.c.d.e.f.j", "a.b.c.d.e.f.i");
    }
}
