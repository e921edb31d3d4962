namespace FractalTrader.Runtime;

/// <summary>Base for extension ids, as in Akka.NET: <c>MyExtensionProvider.Instance.Get(system)</c>.</summary>
public abstract class ExtensionIdProvider<T> : IExtensionId<T>
    where T : class, IExtension
{
    /// <inheritdoc />
    public abstract T CreateExtension(ActorSystem system);

    /// <summary>The system's instance, created on first use. Thread-safe.</summary>
    public T Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.WithExtension(this);
    }
}
