using FractalTrader.Exchange.Orders;
using FractalTrader.Messages.Orders;

namespace FractalTrader.Actors.Orders;

/// <summary>
/// How the router names its orders: every client order id is derived from the intent (and for
/// protective orders from the generation), so a replay after a crash names the same order and a
/// new order always gets a new name. Stateless.
/// </summary>
public static class ClientOrderIds
{
    /// <summary>The entry order of an intent.</summary>
    public static ClientOrderId Entry(string intentId) => ClientOrderId.FromSignal(intentId);

    /// <summary>A protective order (stop or target) of an intent's position, generation 1, 2, ….</summary>
    public static ClientOrderId Protective(string intentId, OrderRole role, int generation) =>
        ClientOrderId.FromSignal(role == OrderRole.StopLoss ? $"{intentId}/stop/{generation}" : $"{intentId}/target/{generation}");

    /// <summary>A reduce-only exit of a flatten request.</summary>
    public static ClientOrderId Exit(string symbol, string requestId) => ClientOrderId.FromSignal($"exit/{symbol}/{requestId}");
}
