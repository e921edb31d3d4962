using FractalTrader.Host.Hosting;

namespace FractalTrader.Host.Health;

/// <summary>
/// <c>/health/live</c> (the process serves requests and the node has not failed) and
/// <c>/health/ready</c> (the node passed its first reconciliation, so it trades). Both answer 200
/// or 503 with a one-word JSON status; ready also says whether the venue's dead-man's switch is
/// armed. Stateless.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Maps both endpoints.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var node = app.Services.GetRequiredService<NodeService>();
        app.MapGet("/health/live", () => node.IsLive
            ? Results.Json(new HealthStatus("live"))
            : Results.Json(new HealthStatus("failed"), statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/health/ready", () => node.IsReady
            ? Results.Json(new HealthStatus("ready", node.DeadManSwitch.Describe()))
            : Results.Json(new HealthStatus("starting", node.DeadManSwitch.Describe()), statusCode: StatusCodes.Status503ServiceUnavailable));
    }
}
