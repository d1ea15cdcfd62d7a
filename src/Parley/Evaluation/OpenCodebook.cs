using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Ontology;

namespace Parley.Evaluation;

/// <summary>
/// The "open codebook" of a suite that brings its own verb dictionaries whose codes are not CAMEO codes — TABARI's
/// demo verbs and PETRARCH's unit-test verbs use WEIS-like test codes such as <c>[223]</c>, <c>[903]</c>,
/// <c>[1717]</c> or <c>[075A]</c>, which Parley's importers reject. Before import, every numeric code in square brackets that the
/// CAMEO codebook lacks is given a surrogate: an unused code of CAMEO shape (root 01–20, four digits, no CAMEO code
/// above it). The dictionary text is rewritten with the surrogates, imported against the CAMEO codebook extended by
/// them, and the coder's codes are translated back with <see cref="ToSuiteCode"/> before scoring. Used only by
/// <c>parley eval</c> for suites with their own dictionaries; the built-in lexicon never sees it.
/// </summary>
public sealed partial class OpenCodebook
{
    private readonly Dictionary<string, string> _surrogateBySuite;
    private readonly Dictionary<string, string> _suiteBySurrogate;

    private OpenCodebook(Codebook codebook, Dictionary<string, string> surrogateBySuite)
    {
        Codebook = codebook;
        _surrogateBySuite = surrogateBySuite;
        _suiteBySurrogate = surrogateBySuite.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>The identity: the CAMEO codebook with no surrogates (suites coded with the built-in dictionaries).</summary>
    public static OpenCodebook Closed { get; } = new(Codebook.Default, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The codebook to import and code with: CAMEO plus the surrogates.</summary>
    public Codebook Codebook { get; }

    /// <summary>Suite codes that received a surrogate, in order.</summary>
    public IReadOnlyCollection<string> SurrogateCodes => _surrogateBySuite.Keys;

    /// <summary>Builds the open codebook for the codes used in the given dictionary texts.</summary>
    /// <exception cref="EvalSuiteException">The texts use more non-CAMEO codes than there are free codes of CAMEO shape.</exception>
    public static OpenCodebook For(IEnumerable<string> dictionaryTexts)
    {
        ArgumentNullException.ThrowIfNull(dictionaryTexts);
        var cameo = Codebook.Default;
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in dictionaryTexts)
        {
            foreach (Match bracket in BracketCode().Matches(text))
            {
                foreach (var part in bracket.Groups[1].Value.Split(':'))
                {
                    var code = part.Trim();
                    if (IsNumericCode(code) && !cameo.Contains(code))
                    {
                        unknown.Add(code);
                    }
                }
            }
        }

        var free = FreeCodes(cameo).GetEnumerator();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<CameoCodeInfo>();
        foreach (var code in unknown)
        {
            if (!free.MoveNext())
            {
                throw new EvalSuiteException($"More than {map.Count} non-CAMEO codes in the suite's dictionaries; no surrogate codes are left.");
            }

            map[code] = free.Current;
            added.Add(new CameoCodeInfo(CameoCode.Parse(free.Current), $"suite code {code}", 0, null, PloverType.None, string.Empty, string.Empty));
        }

        var codebook = added.Count == 0 ? cameo : new Codebook([.. cameo.Codes, .. added], cameo.VersionId + "+open(" + added.Count.ToString(CultureInfo.InvariantCulture) + ")");
        return new OpenCodebook(codebook, map);
    }

    /// <summary>The dictionary text with each non-CAMEO code in brackets replaced by its surrogate.</summary>
    public string Rewrite(string dictionaryText)
    {
        ArgumentNullException.ThrowIfNull(dictionaryText);
        if (_surrogateBySuite.Count == 0)
        {
            return dictionaryText;
        }

        return BracketCode().Replace(dictionaryText, m =>
        {
            var parts = m.Groups[1].Value.Split(':');
            var builder = new StringBuilder("[");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(':');
                }

                var trimmed = parts[i].Trim();
                builder.Append(_surrogateBySuite.TryGetValue(trimmed, out var surrogate) ? surrogate : parts[i]);
            }

            return builder.Append(']').ToString();
        });
    }

    /// <summary>The suite's code for a code the coder produced (the code itself unless it is a surrogate).</summary>
    public string ToSuiteCode(string code) => _suiteBySurrogate.TryGetValue(code, out var suite) ? suite : code;

    // "223", "1717", and test codes with a letter suffix ("075A", "174K"; TABARI's codes may hold letters and digits).
    private static bool IsNumericCode(string code)
    {
        var digits = 0;
        while (digits < code.Length && char.IsAsciiDigit(code[digits]))
        {
            digits++;
        }

        return digits is >= 2 and <= 4 && code.Length - digits <= 2 && code.AsSpan(digits).ContainsAnyExcept(LetterSet) is false;
    }

    private static readonly System.Buffers.SearchValues<char> LetterSet = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static IEnumerable<string> FreeCodes(Codebook cameo)
    {
        for (var root = 20; root >= 1; root--)
        {
            for (var rest = 99; rest >= 0; rest--)
            {
                var code = root.ToString("D2", CultureInfo.InvariantCulture) + rest.ToString("D2", CultureInfo.InvariantCulture);
                if (!cameo.Contains(code) && !cameo.Contains(code[..3]))
                {
                    yield return code;
                }
            }
        }
    }

    // A bracketed code list as TABARI and PETRARCH write them: [223], [032:033], [ 064 ].
    [GeneratedRegex(@"\[\s*([0-9]{2,4}[A-Za-z]{0,2}(?:\s*:\s*[0-9]{2,4}[A-Za-z]{0,2})?)\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex BracketCode();
}
