namespace FractalTrader.Testing;

/// <summary>
/// Where the repository and the shared specification folder sit, found from the test binaries.
/// Tests read oracle data from <c>../shared/oracle</c> relative to the repository root and never
/// copy it into the repository.
/// </summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the nearest ancestor holding <c>FractalTrader.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The <c>../shared</c> folder beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path inside <c>../shared/oracle</c>.</summary>
    public static string Oracle(params string[] parts) => Path.Combine([Shared, "oracle", .. parts]);

    /// <summary>A path inside the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FractalTrader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No FractalTrader.sln above '{AppContext.BaseDirectory}': tests must run from a checkout of the repository.");
    }
}
