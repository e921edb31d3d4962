using System.Text;

namespace FractalTrader.Runtime;

/// <summary>
/// The location of an actor in its system's tree, such as <c>/user/strategies/BTC</c>.
/// Immutable and thread-safe; two paths are equal when their elements are equal.
/// </summary>
/// <remarks>
/// A path names a place, not an incarnation: an actor stopped and created again under the same
/// name has an equal path but a different <see cref="IActorRef"/>.
/// </remarks>
public sealed class ActorPath : IEquatable<ActorPath>, IComparable<ActorPath>
{
    private static int Compare(ActorPath? left, ActorPath? right) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => string.CompareOrdinal(left.ToString(), right.ToString()),
    };

    private ActorPath(ActorPath? parent, string name)
    {
        Parent = parent;
        Name = name;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>The root of every path, <c>/</c>.</summary>
    public static ActorPath Root { get; } = new(null, string.Empty);

    /// <summary>The last element (the actor's name); empty for the root.</summary>
    public string Name { get; }

    /// <summary>The parent path; <see langword="null"/> for the root.</summary>
    public ActorPath? Parent { get; }

    /// <summary>How many elements the path has; 0 for the root.</summary>
    public int Depth { get; }

    /// <summary>The elements from the root down, e.g. <c>["user", "strategies", "BTC"]</c>.</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var elements = new string[Depth];
            for (var path = this; path.Parent is not null; path = path.Parent)
            {
                elements[path.Depth - 1] = path.Name;
            }

            return elements;
        }
    }

    /// <summary>The path of a child called <paramref name="name"/>, like Akka.NET's <c>path / name</c>.</summary>
    public static ActorPath operator /(ActorPath parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return parent.Child(name);
    }

    /// <summary>Equality by elements.</summary>
    public static bool operator ==(ActorPath? left, ActorPath? right) => Equals(left, right);

    /// <summary>Inequality by elements.</summary>
    public static bool operator !=(ActorPath? left, ActorPath? right) => !Equals(left, right);

    /// <summary>Ordinal order of the path text.</summary>
    public static bool operator <(ActorPath? left, ActorPath? right) => Compare(left, right) < 0;

    /// <summary>Ordinal order of the path text.</summary>
    public static bool operator <=(ActorPath? left, ActorPath? right) => Compare(left, right) <= 0;

    /// <summary>Ordinal order of the path text.</summary>
    public static bool operator >(ActorPath? left, ActorPath? right) => Compare(left, right) > 0;

    /// <summary>Ordinal order of the path text.</summary>
    public static bool operator >=(ActorPath? left, ActorPath? right) => Compare(left, right) >= 0;

    /// <summary>Parses an absolute path such as <c>/user/strategies/BTC</c>.</summary>
    /// <exception cref="FormatException">The text is not an absolute path with valid actor names.</exception>
    public static ActorPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/'))
        {
            throw new FormatException($"Actor path '{path}' is not absolute: it must start with '/'.");
        }

        var result = Root;
        foreach (var element in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ActorName.IsValid(element))
            {
                throw new FormatException($"Actor path '{path}' has an invalid element '{element}'.");
            }

            result = result.Child(element);
        }

        return result;
    }

    /// <summary>The path of a child called <paramref name="name"/>.</summary>
    public ActorPath Child(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new ActorPath(this, name);
    }

    /// <summary>Whether this path is <paramref name="other"/> or lies below it.</summary>
    public bool IsDescendantOf(ActorPath other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var path = this; path is not null; path = path.Parent)
        {
            if (path.Depth == other.Depth)
            {
                return path.Equals(other);
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Depth != Depth)
        {
            return false;
        }

        for (ActorPath? a = this, b = other; a is not null && b is not null; a = a.Parent, b = b.Parent)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (!string.Equals(a.Name, b.Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var path = this; path.Parent is not null; path = path.Parent)
        {
            hash.Add(path.Name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Orders paths by their text, ordinally.</summary>
    public int CompareTo(ActorPath? other) => Compare(this, other);

    /// <summary>The path as text, e.g. <c>/user/strategies/BTC</c>; the root is <c>/</c>.</summary>
    public override string ToString()
    {
        if (Parent is null)
        {
            return "/";
        }

        if (Parent.Parent is null)
        {
            return "/" + Name;
        }

        var builder = new StringBuilder();
        Append(builder, this);
        return builder.ToString();

        static void Append(StringBuilder builder, ActorPath path)
        {
            if (path.Parent is not null)
            {
                Append(builder, path.Parent);
                builder.Append('/').Append(path.Name);
            }
        }
    }
}
