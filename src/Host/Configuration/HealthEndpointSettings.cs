using System.Net;

namespace FractalTrader.Host.Configuration;

/// <summary>Where <c>/health/live</c> and <c>/health/ready</c> listen. Immutable.</summary>
/// <param name="Address">A loopback address.</param>
/// <param name="Port">TCP port; 0 picks a free one.</param>
public sealed record HealthEndpointSettings(IPAddress Address, int Port);
