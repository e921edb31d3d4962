using FractalTrader.Actors.Node;
using FractalTrader.Host.Hosting;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;

namespace FractalTrader.Host.Management;

/// <summary>
/// The node's management API on the loopback listener the health endpoints share, which
/// <c>fractal risk</c> and <c>fractal positions</c> call: <c>GET /api/risk</c>,
/// <c>POST /api/risk/halt</c>, <c>/api/risk/resume</c>, <c>/api/risk/emergency-stop</c> (body
/// <c>{"reason": "..."}</c>; halt and emergency stop require a reason) and <c>GET /api/positions</c>.
/// A node still starting, or a guardian that does not answer (down or recovering: trading stays
/// closed), answers 503 with the reason. Stateless.
/// </summary>
public static class ManagementEndpoints
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Maps the endpoints.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var service = app.Services.GetRequiredService<NodeService>();
        var api = app.MapGroup("/api");
        api.MapGet("/risk", (CancellationToken ct) => AskAsync<RiskStatus>(service, n => n.RiskGuardian, new GetRiskStatus(), ct));
        api.MapPost("/risk/halt", (OperatorRequest? request, CancellationToken ct) =>
            Reasoned(request, "halt", reason => AskAsync<RiskStatus>(service, n => n.RiskGuardian, new Halt(reason), ct)));
        api.MapPost("/risk/resume", (OperatorRequest? request, CancellationToken ct) =>
            AskAsync<RiskStatus>(service, n => n.RiskGuardian, new Resume(ReasonOf(request) ?? "no reason given"), ct));
        api.MapPost("/risk/emergency-stop", (OperatorRequest? request, CancellationToken ct) =>
            Reasoned(request, "an emergency stop", reason => AskAsync<RiskStatus>(service, n => n.RiskGuardian, new EmergencyStop(reason), ct)));
        api.MapGet("/positions", (CancellationToken ct) => AskAsync<PortfolioView>(service, n => n.Portfolio, new GetPortfolio(), ct));
    }

    private static string? ReasonOf(OperatorRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();

    private static Task<IResult> Reasoned(OperatorRequest? request, string what, Func<string, Task<IResult>> command) =>
        ReasonOf(request) is { } reason
            ? command(reason)
            : Task.FromResult(Results.Json(new ManagementError($"{what} needs a reason: send {{\"reason\": \"...\"}}"), statusCode: StatusCodes.Status400BadRequest));

    private static async Task<IResult> AskAsync<T>(NodeService service, Func<TradingNode, IActorRef> target, object question, CancellationToken cancellationToken)
    {
        if (service.Node is not { } node)
        {
            return Unavailable("the node is still starting");
        }

        try
        {
            return Results.Json(await target(node).Ask<T>(question, Patience, cancellationToken));
        }
        catch (TimeoutException)
        {
            return Unavailable($"no answer within {Patience.TotalSeconds:0} s: the actor is down or recovering, and trading stays closed until it is back");
        }
    }

    private static IResult Unavailable(string reason) =>
        Results.Json(new ManagementError(reason), statusCode: StatusCodes.Status503ServiceUnavailable);
}
