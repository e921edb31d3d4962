namespace FractalTrader.Runtime;

/// <summary>Creates the actor instance and runs <c>PreStart</c>; the first system message of every actor.</summary>
internal sealed class Create : SystemMessage;
