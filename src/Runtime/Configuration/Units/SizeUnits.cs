using System.Globalization;
using System.Numerics;

namespace FractalTrader.Runtime.Configuration.Units;

/// <summary>
/// Reads sizes in bytes: a number and an optional unit (B; kB MB GB ... YB in powers of 1000;
/// K/k/Ki/KiB, M/m/Mi/MiB ... in powers of 1024; long forms such as kilobytes and mebibytes).
/// Computed exactly, fractions included (0.5YB is 5x10^23). Stateless.
/// </summary>
internal static class SizeUnits
{
    private static readonly Dictionary<string, BigInteger> BytesPerUnit = BuildUnits();

    public static BigInteger Parse(string input, Func<string, HoconException> bad)
    {
        var (number, unit) = UnitText.Split(input);
        if (number.Length == 0)
        {
            throw bad($"no number in the size-in-bytes value {HoconException.Describe(input)}");
        }

        if (!BytesPerUnit.TryGetValue(unit, out var perUnit))
        {
            throw bad($"could not parse size-in-bytes unit {HoconException.Describe(unit)} (try k, K, kB, KiB, kilobytes, kibibytes)");
        }

        if (!TryParseExact(number, out var mantissa, out var exponent))
        {
            throw bad($"could not parse size-in-bytes number {HoconException.Describe(number)}");
        }

        var bytes = mantissa * perUnit;
        return exponent >= 0 ? bytes * BigInteger.Pow(10, exponent) : BigInteger.Divide(bytes, BigInteger.Pow(10, -exponent));
    }

    private static Dictionary<string, BigInteger> BuildUnits()
    {
        var units = new Dictionary<string, BigInteger>(StringComparer.Ordinal)
        {
            [string.Empty] = 1,
            ["b"] = 1,
            ["B"] = 1,
            ["byte"] = 1,
            ["bytes"] = 1,
        };
        string[] decimalPrefixes = ["kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"];
        string[] binaryPrefixes = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi"];
        for (var power = 1; power <= decimalPrefixes.Length; power++)
        {
            var thousands = BigInteger.Pow(1000, power);
            var prefix = decimalPrefixes[power - 1];
            units[prefix + "byte"] = thousands;
            units[prefix + "bytes"] = thousands;
            units[power == 1 ? "kB" : char.ToUpperInvariant(prefix[0]) + "B"] = thousands;

            var kibis = BigInteger.Pow(1024, power);
            var binary = binaryPrefixes[power - 1];
            var letter = char.ToUpperInvariant(binary[0]).ToString();
            units[binary + "byte"] = kibis;
            units[binary + "bytes"] = kibis;
            units[letter.ToLowerInvariant()] = kibis;
            units[letter] = kibis;
            units[letter + "i"] = kibis;
            units[letter + "iB"] = kibis;
        }

        return units;
    }

    // An exact decimal: [+-]digits[.digits][e[+-]digits] as mantissa x 10^exponent.
    private static bool TryParseExact(string number, out BigInteger mantissa, out int exponent)
    {
        mantissa = BigInteger.Zero;
        exponent = 0;
        var i = 0;
        var negative = false;
        if (i < number.Length && number[i] is '+' or '-')
        {
            negative = number[i] == '-';
            i++;
        }

        var (digits, fractionDigits) = ReadDigits(number, ref i);
        if (digits.Length == 0)
        {
            return false;
        }

        var powerOfTen = 0;
        if (i < number.Length && number[i] is 'e' or 'E')
        {
            if (!int.TryParse(number.AsSpan(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out powerOfTen)
                || Math.Abs(powerOfTen) > 1000)
            {
                return false;
            }

            i = number.Length;
        }

        if (i != number.Length)
        {
            return false;
        }

        mantissa = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        if (negative)
        {
            mantissa = -mantissa;
        }

        exponent = powerOfTen - fractionDigits;
        return true;
    }

    private static (string Digits, int FractionDigits) ReadDigits(string number, ref int i)
    {
        var digits = new System.Text.StringBuilder();
        var fractionDigits = 0;
        var seenPoint = false;
        for (; i < number.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                fractionDigits += seenPoint ? 1 : 0;
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        return (digits.ToString(), fractionDigits);
    }
}
