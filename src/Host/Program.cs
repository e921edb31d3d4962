using FractalTrader.Host.Hosting;

return await NodeHost.RunAsync(args, Console.Out, Console.Error);
