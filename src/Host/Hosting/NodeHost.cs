using FractalTrader.Host.Configuration;
using FractalTrader.Host.Health;
using FractalTrader.Host.Logging;
using FractalTrader.Host.Management;
using System.Text.Json.Serialization;
using FractalTrader.Runtime.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog;

namespace FractalTrader.Host.Hosting;

/// <summary>
/// The node process: command line and configuration (bad configuration stops it at once with one
/// line naming the key), Serilog, the health endpoints on loopback, and the node as a hosted
/// service that Ctrl+C / SIGTERM stops cleanly (exit code 0). Stateless.
/// </summary>
public static class NodeHost
{
    /// <summary>Exit code of a configuration error or a failed start.</summary>
    public const int Failure = 1;

    /// <summary>Exit code after an exception escaped every handler (EX_SOFTWARE); the log holds its stack.</summary>
    public const int Crashed = 70;

    /// <summary>Runs the node until it is stopped and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (parsed, usageExit) = HostCommandLine.Parse(args, output, error);
        if (parsed is null)
        {
            return usageExit;
        }

        NodeHostSettings settings;
        Config config;
        try
        {
            config = NodeConfiguration.Load(parsed.ConfigFile, parsed.Overrides);
            settings = NodeHostSettingsReader.Read(config);
        }
        catch (HoconException e)
        {
            await error.WriteLineAsync($"fractal-node: configuration error: {e.Message}");
            return Failure;
        }

        var secrets = settings.Venue.PrivateKey is { } key ? [key.Reveal()] : Array.Empty<string>();
        await using var logger = HostLogging.Create(settings.Logging, settings.NodeName, secrets);
        using var crashes = new CrashLog(logger, error, secrets, Environment.Exit).Attach();
        var log = logger.ForContext("SourceContext", "FractalTrader.Host");
        // Config.ToString() redacts every secret-looking key.
        log.Debug("Effective configuration: {Configuration}", config.ToString());
        try
        {
            await using var app = Build(settings, logger);
            app.Lifetime.ApplicationStarted.Register(() => log.Information("Health and management endpoints on {Addresses} (/health/live, /health/ready, /api/risk, /api/positions)", HealthAddresses(app)));
            // Taken before running: RunAsync disposes the services when it returns.
            var service = app.Services.GetRequiredService<NodeService>();
            await app.RunAsync();
            if (service.StartFailure is { } failure)
            {
                await error.WriteLineAsync($"fractal-node: {failure.Message}");
                return Failure;
            }

            return Environment.ExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Fatal(e, "Node {Node} failed: {Reason}", settings.NodeName, e.Message);
            await error.WriteLineAsync($"fractal-node: {e.Message}");
            return Failure;
        }
    }

    private static WebApplication Build(NodeHostSettings settings, Serilog.Core.Logger logger)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: false);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(settings.Health.Address, settings.Health.Port));
        // Trading states travel as names ("Halted"), not numbers, to the CLI and any script.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<NodeService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NodeService>());
        var app = builder.Build();
        HealthEndpoints.Map(app);
        ManagementEndpoints.Map(app);
        return app;
    }

    private static string HealthAddresses(WebApplication app) =>
        string.Join(", ", app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
}
