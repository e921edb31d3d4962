using System.Text;

namespace FractalTrader.Trading.Backtesting;

/// <summary>Groups refusal reasons: digits collapse to <c>N</c> (e.g. "drawdown N% …"). Stateless.</summary>
internal static class RefusalKey
{
    public static string Of(string reason)
    {
        var text = new StringBuilder(reason.Length);
        var inNumber = false;
        foreach (var c in reason)
        {
            var numeric = char.IsAsciiDigit(c) || (inNumber && (c == '.' || c == ','));
            if (numeric)
            {
                if (!inNumber)
                {
                    text.Append('N');
                }
            }
            else
            {
                text.Append(c);
            }

            inNumber = numeric;
        }

        return text.ToString();
    }
}
