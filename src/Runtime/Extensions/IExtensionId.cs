namespace FractalTrader.Runtime;

/// <summary>Creates an extension for a system; identifies it by <typeparamref name="T"/>.</summary>
public interface IExtensionId<out T>
    where T : class, IExtension
{
    /// <summary>Creates the extension; called at most once per system.</summary>
    T CreateExtension(ActorSystem system);
}
