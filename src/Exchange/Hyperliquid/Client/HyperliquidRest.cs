using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Orders;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>
/// POST /info and /exchange with Hyperliquid's failure semantics: every failure becomes a typed
/// <see cref="ExchangeException"/>; transient ones (429, 5xx, refused connection, nonce errors,
/// interrupted reads) are retried with jittered exponential backoff by Polly, each retry of an
/// action signed afresh; an action whose answer is lost after sending is ambiguous and never
/// retried. Every request passes the weight limiter first. Thread-safe.
/// </summary>
internal sealed class HyperliquidRest : IDisposable
{
    private const string Venue = "hyperliquid";
    private readonly HttpClient http;
    private readonly RequestWeightLimiter limiter;
    private readonly ResiliencePipeline retry;
    private readonly ILogger logger;

    public HyperliquidRest(HyperliquidClientOptions options, TimeProvider time, RequestWeightLimiter limiter, ILogger logger, HttpMessageHandler? handler = null)
    {
        http = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = options.RequestTimeout, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = options.EffectiveBaseUrl,
            Timeout = options.RequestTimeout,
        };
        this.limiter = limiter;
        this.logger = logger;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        retry = builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<TransientExchangeException>(),
            MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = TimeSpan.FromSeconds(30),
            // After a 429 the limiter already holds every request (this retry included) for the
            // cooldown, so the retry itself adds no delay of its own.
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Exception is TransientExchangeException { Cause: TransientCause.RateLimited } ? (TimeSpan?)TimeSpan.Zero : null),
            OnRetry = args =>
            {
                logger.LogInformation("Retrying after {Error} (attempt {Attempt})", args.Outcome.Exception?.Message, args.AttemptNumber + 1);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>An info request (idempotent: interrupted reads are retried).</summary>
    public Task<JsonNode> InfoAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var type = body["type"]!.GetValue<string>();
        var operation = $"info {type}";
        return retry.ExecuteAsync(
            async ct =>
            {
                await limiter.AcquireAsync(RequestWeights.Info(type), ct);
                var answer = await PostAsync("info", body.ToJsonString(), operation, ambiguity: null, ct);
                if (answer is JsonArray items)
                {
                    await limiter.ChargeAsync(RequestWeights.InfoItems(type, items.Count), ct);
                }

                return answer;
            },
            cancellationToken).AsTask();
    }

    /// <summary>
    /// A signed action: <paramref name="sign"/> builds the body afresh for every attempt (new nonce).
    /// When <paramref name="ambiguity"/> is given, a lost answer raises <see cref="AmbiguousOrderException"/>
    /// for that order; otherwise (idempotent actions such as cancels) it is retried.
    /// </summary>
    public Task<JsonNode> ActionAsync(string operation, int batchLength, Func<(JsonObject Body, DateTimeOffset? ExpiresAt)> sign, ClientOrderId? ambiguity, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(
            async ct =>
            {
                await limiter.AcquireAsync(RequestWeights.Exchange(batchLength), ct);
                var (body, expiresAt) = sign();
                return await PostAsync("exchange", body.ToJsonString(), operation, ambiguity is { } id ? (id, expiresAt) : null, ct);
            },
            cancellationToken).AsTask();

    public void Dispose() => http.Dispose();

    private async Task<JsonNode> PostAsync(string path, string json, string operation, (ClientOrderId Id, DateTimeOffset? ExpiresAt)? ambiguity, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.PostAsync(path, content, cancellationToken);
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new TransientExchangeException(Venue, operation, TransientCause.ConnectionRefused, "could not connect: " + e.Message, inner: e);
        }
        catch (Exception e) when (IsLostAnswer(e, cancellationToken))
        {
            if (ambiguity is { } a)
            {
                throw new AmbiguousOrderException(Venue, operation, a.Id, a.ExpiresAt, "the request was sent but its answer was lost: " + e.Message, e);
            }

            throw new TransientExchangeException(Venue, operation, TransientCause.InterruptedRead, "the answer was lost: " + e.Message, inner: e);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var cooldown = limiter.RateLimited();
                logger.LogWarning("Rate limited on {Operation}; pausing requests for {Cooldown}", operation, cooldown);
                throw new TransientExchangeException(Venue, operation, TransientCause.RateLimited, "HTTP 429 rate limited", cooldown);
            }

            if ((int)response.StatusCode >= 500)
            {
                throw new TransientExchangeException(Venue, operation, TransientCause.ServerError, $"HTTP {(int)response.StatusCode}: {Truncate(text)}");
            }

            if ((int)response.StatusCode >= 400)
            {
                throw new FatalExchangeException(Venue, operation, FatalCause.RequestRefused, $"HTTP {(int)response.StatusCode}: {Truncate(text)}");
            }

            limiter.Succeeded();
            try
            {
                return JsonNode.Parse(text) ?? throw new JsonException("null");
            }
            catch (JsonException e)
            {
                throw new FatalExchangeException(Venue, operation, FatalCause.MalformedResponse, $"not JSON: {Truncate(text)}", e);
            }
        }
    }

    private static bool IsLostAnswer(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
