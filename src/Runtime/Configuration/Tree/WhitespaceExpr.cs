namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// Unquoted whitespace between two values of a concatenation: text between strings, ignored next
/// to objects and lists (<c>${a} ${b}</c> merges two objects).
/// </summary>
internal sealed class WhitespaceExpr : Expr
{
    public WhitespaceExpr(string text, HoconOrigin origin)
        : base(origin) => Text = text;

    public string Text { get; }

    public override bool IsResolved => true;

    public override Expr Relativize(HoconPath prefix) => this;
}
