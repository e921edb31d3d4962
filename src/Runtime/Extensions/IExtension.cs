namespace FractalTrader.Runtime;

/// <summary>
/// A per-system service (Akka.NET's <c>IExtension</c>), e.g. the persistence journal. One instance
/// per system; disposed when the system terminates if it implements <see cref="IDisposable"/> or
/// <see cref="IAsyncDisposable"/>.
/// </summary>
public interface IExtension;
