namespace FractalTrader.Runtime;

/// <summary>Marks a message whose arrival does not reset the receiver's receive timeout.</summary>
public interface INotInfluenceReceiveTimeout;
