using System.Globalization;

namespace Parley.Cli.Commands;

/// <summary>Checks of options shared by the store commands; each problem is one line on stderr.</summary>
internal static class StoreOptions
{
    public static bool TryParseDate(string? text, TextWriter stderr, out DateOnly? date, string option = "--date")
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            stderr.WriteLine($"parley: {option} '{text}' is not a valid date; expected YYYY-MM-DD, e.g. 2022-10-31.");
            return false;
        }

        date = parsed;
        return true;
    }

    public static bool CheckRange(string option, long value, long min, long max, TextWriter stderr)
    {
        if (value < min || value > max)
        {
            stderr.WriteLine($"parley: {option} is {value}; it should be in range [{min}-{max}].");
            return false;
        }

        return true;
    }
}
