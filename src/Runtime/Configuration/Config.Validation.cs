namespace FractalTrader.Runtime.Configuration;

/// <content>
/// Validation against a reference configuration (the reference's <c>checkValid</c>): every
/// setting of the reference must exist with a compatible type. A string in either is compatible
/// with any non-collection (getters convert), null is compatible with anything, a list also accepts
/// an object (numeric keys), and list elements are checked against the reference's first element.
/// </content>
public sealed partial class Config
{
    /// <summary>The differences from <paramref name="reference"/>, empty when this configuration is valid.</summary>
    /// <param name="reference">The resolved reference configuration, e.g. <c>hocon/fractal.conf</c>.</param>
    /// <param name="restrictToPaths">Only check below these paths; none means everything.</param>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.NotResolved"/> when either is unresolved; BadPath for a malformed path.</exception>
    public IReadOnlyList<HoconValidationProblem> Validate(Config reference, params string[] restrictToPaths)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(restrictToPaths);
        var problems = new List<HoconValidationProblem>();
        if (restrictToPaths.Length == 0)
        {
            CheckObject(HoconPath.Root, reference.Root, Root, problems);
            return problems;
        }

        foreach (var p in restrictToPaths)
        {
            var path = ParsePath(p);
            if (reference.Root.Find(path) is not { } expected)
            {
                continue;
            }

            if (Root.Find(path) is { } actual)
            {
                Check(path, expected, actual, problems);
            }
            else
            {
                problems.Add(new HoconValidationProblem(path.Render(), Origin, Describe(expected), "(missing)"));
            }
        }

        return problems;
    }

    /// <summary>Throws unless this configuration has every setting of <paramref name="reference"/> with a compatible type.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.ValidationFailed"/>, naming every problem.</exception>
    public void CheckValid(Config reference, params string[] restrictToPaths)
    {
        var problems = Validate(reference, restrictToPaths);
        if (problems.Count > 0)
        {
            throw new HoconException(HoconErrorKind.ValidationFailed, problems[0].Origin, problems[0].Path,
                $"{problems.Count} setting(s) do not match the reference: {string.Join("; ", problems)}");
        }
    }

    private static void CheckObject(HoconPath path, HoconObject reference, HoconObject actual, List<HoconValidationProblem> problems)
    {
        foreach (var (key, expected) in reference)
        {
            var childPath = path.Append(key);
            if (actual.TryGetValue(key, out var child))
            {
                Check(childPath, expected, child, problems);
            }
            else
            {
                problems.Add(new HoconValidationProblem(childPath.Render(), actual.Origin, Describe(expected), "(missing)"));
            }
        }
    }

    private static void Check(HoconPath path, HoconValue expected, HoconValue actual, List<HoconValidationProblem> problems)
    {
        if (!Compatible(expected, actual))
        {
            problems.Add(new HoconValidationProblem(path.Render(), actual.Origin, Describe(expected), Describe(actual)));
        }
        else if (expected is HoconObject expectedObject && actual is HoconObject actualObject)
        {
            CheckObject(path, expectedObject, actualObject, problems);
        }
        else if (expected is HoconList { Count: > 0 } expectedList && actual is HoconList { Count: > 0 } actualList)
        {
            // One problem per list, for the first element of the wrong type.
            if (actualList.FirstOrDefault(element => !Compatible(expectedList[0], element)) is { } wrong)
            {
                problems.Add(new HoconValidationProblem(path.Render(), wrong.Origin, "list of " + Describe(expectedList[0]), Describe(wrong)));
            }
        }
    }

    private static bool Compatible(HoconValue expected, HoconValue actual) => expected switch
    {
        _ when CouldBeNull(expected) || CouldBeNull(actual) => true,
        HoconObject => actual is HoconObject,
        HoconList => actual is HoconList or HoconObject,
        HoconString => true,
        _ => actual is HoconString || actual.Type == expected.Type,
    };

    private static bool CouldBeNull(HoconValue v) => v is HoconNull || (v is HoconString { Value: "null" });

    private static string Describe(HoconValue v) => v.Type.ToString().ToLowerInvariant();
}
