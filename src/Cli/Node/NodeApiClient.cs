using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FractalTrader.Cli.Node;

/// <summary>
/// Calls a running node's management API (<c>/api/...</c> on its loopback health port). Every
/// failure is an <see cref="InvalidOperationException"/> whose one-line message names the node's
/// address and what it said, so the CLI prints it and exits 1.
/// </summary>
internal sealed class NodeApiClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly HttpClient http;
    private readonly Uri node;

    public NodeApiClient(Uri node, TimeSpan timeout)
    {
        this.node = node;
        http = new HttpClient { BaseAddress = node, Timeout = timeout };
    }

    /// <summary>The answer as the raw JSON text and as <typeparamref name="T"/>.</summary>
    public async Task<(string Json, T Value)> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        await SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    /// <summary>Posts <c>{"reason": ...}</c> and returns the answer.</summary>
    public async Task<(string Json, T Value)> PostAsync<T>(string path, string? reason, CancellationToken cancellationToken) =>
        await SendAsync<T>(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { reason }, options: Json) }, cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<(string Json, T Value)> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new InvalidOperationException($"node {node} did not answer ({e.Message}); is fractal-node running there? Give its health port with --node.", e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"node {node} did not answer within {http.Timeout.TotalSeconds:0} s.", e);
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"node {node} refused {request.Method} {request.RequestUri}: {(int)response.StatusCode} {ErrorOf(text)}");
                }

                return (text, JsonSerializer.Deserialize<T>(text, Json) ?? throw new JsonException($"node {node} answered {request.RequestUri} with an empty body."));
            }
        }
    }

    private static string ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
