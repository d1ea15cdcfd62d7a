namespace Parley.Lexicon.Internal;

/// <summary>
/// Compares words ignoring case and diacritics ("Erdoğan" = "Erdogan", "Lukašenka" = "Lukasenka"), on strings
/// and on spans of the text alike, so that the trie is looked up without copying tokens.
/// </summary>
internal sealed class FoldingComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly FoldingComparer Instance = new();

    // Folded form of every character below U+0250 (Latin, Latin-1, Latin Extended-A and -B); others are lower-cased.
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Equals(x.AsSpan(), y);

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other)
    {
        if (alternate.Length != other.Length)
        {
            return false;
        }

        for (var i = 0; i < alternate.Length; i++)
        {
            if (Fold(alternate[i]) != Fold(other[i]))
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a over the folded characters: one multiply per character (HashCode.Add mixes a full round per call, and
    // this runs for every token the actor and pattern tries look up).
    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        var hash = 2166136261u;
        var table = Table;
        foreach (var c in alternate)
        {
            hash = (hash ^ (c < table.Length ? table[c] : char.ToLowerInvariant(c))) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    // The base letter of each character from U+00C0 to U+024F: the first character of its canonical decomposition
    // (Unicode NFD) when that is not a combining mark, else the character itself. Written out because the engine runs
    // with InvariantGlobalization, where string.Normalize does not decompose ("ğ" stayed "ğ", so "Erdoğan" did not
    // match "ERDOGAN"). Generated from Unicode's decomposition data (Python: unicodedata.normalize("NFD", c)[0]).
    private const int FirstAccented = 0x00C0;

    private const string LatinBases =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiii" +
        "ðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGg" +
        "GgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOo" +
        "OoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ" +
        "ƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮU" +
        "uƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAa" +
        "AaÆæǤǥGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæØøAaAaEeEeIiIiOoOo" +
        "RrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿ" +
        "ɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    private static char[] BuildTable()
    {
        var table = new char[0x0250];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant(c < FirstAccented ? (char)c : LatinBases[c - FirstAccented]);
        }

        // Letters without a decomposition that transliterations write with a plain letter.
        foreach (var (from, to) in new[] { ('ł', 'l'), ('Ł', 'l'), ('đ', 'd'), ('Đ', 'd'), ('ø', 'o'), ('Ø', 'o'), ('ı', 'i'), ('ħ', 'h'), ('Ħ', 'h'), ('ŧ', 't') })
        {
            table[from] = to;
        }

        return table;
    }
}
