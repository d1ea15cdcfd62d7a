using System.Globalization;

namespace Parley.Store.Export;

/// <summary>
/// Writes a table of the store to a file with DuckDB's COPY: Parquet, JSON Lines, TSV, or GDELT 2.0's event
/// table layout. Line breaks and tabs inside text values are replaced by spaces in TSV and GDELT output.
/// </summary>
public static class StoreExporter
{
    /// <summary>The tables that can be exported.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["events", "mentions", "documents", "event_mentions"];

    /// <summary>
    /// The columns of GDELT 2.0's event table in its order, each with the SQL that fills it from <c>events</c>
    /// (NULL where Parley has no such field). Country codes are ISO 3166-1 alpha-3 (GDELT's actor fields use
    /// CAMEO's, which are the same; its geographic fields use FIPS 10-4, which Parley does not produce).
    /// </summary>
    public static IReadOnlyList<(string Column, string Sql)> GdeltColumns { get; } =
    [
        ("GLOBALEVENTID", "event_id"),
        ("SQLDATE", "strftime(event_date, '%Y%m%d')"),
        ("MonthYear", "strftime(event_date, '%Y%m')"),
        ("Year", "strftime(event_date, '%Y')"),
        ("FractionDate", "round(year(event_date) + (dayofyear(event_date) - 1) / 365.0, 4)"),
        ("Actor1Code", "source_code"), ("Actor1Name", "upper(source_name)"), ("Actor1CountryCode", "CASE WHEN length(source_key) = 3 AND source_key = upper(source_key) THEN source_key END"),
        ("Actor1KnownGroupCode", "NULL"), ("Actor1EthnicCode", "NULL"), ("Actor1Religion1Code", "NULL"), ("Actor1Religion2Code", "NULL"),
        ("Actor1Type1Code", "CASE WHEN length(source_code) > 3 THEN substr(source_code, 4, 3) END"), ("Actor1Type2Code", "NULL"), ("Actor1Type3Code", "NULL"),
        ("Actor2Code", "target_code"), ("Actor2Name", "upper(target_name)"), ("Actor2CountryCode", "CASE WHEN length(target_key) = 3 AND target_key = upper(target_key) THEN target_key END"),
        ("Actor2KnownGroupCode", "NULL"), ("Actor2EthnicCode", "NULL"), ("Actor2Religion1Code", "NULL"), ("Actor2Religion2Code", "NULL"),
        ("Actor2Type1Code", "CASE WHEN length(target_code) > 3 THEN substr(target_code, 4, 3) END"), ("Actor2Type2Code", "NULL"), ("Actor2Type3Code", "NULL"),
        ("IsRootEvent", "NULL"),
        ("EventCode", "cameo"), ("EventBaseCode", "substr(cameo, 1, 3)"), ("EventRootCode", "root"),
        ("QuadClass", "quad_class"), ("GoldsteinScale", "goldstein"),
        ("NumMentions", "mention_count"), ("NumSources", "source_count"), ("NumArticles", "article_count"), ("AvgTone", "NULL"),
        ("Actor1Geo_Type", "NULL"), ("Actor1Geo_FullName", "NULL"), ("Actor1Geo_CountryCode", "NULL"), ("Actor1Geo_ADM1Code", "NULL"),
        ("Actor1Geo_ADM2Code", "NULL"), ("Actor1Geo_Lat", "NULL"), ("Actor1Geo_Long", "NULL"), ("Actor1Geo_FeatureID", "NULL"),
        ("Actor2Geo_Type", "NULL"), ("Actor2Geo_FullName", "NULL"), ("Actor2Geo_CountryCode", "NULL"), ("Actor2Geo_ADM1Code", "NULL"),
        ("Actor2Geo_ADM2Code", "NULL"), ("Actor2Geo_Lat", "NULL"), ("Actor2Geo_Long", "NULL"), ("Actor2Geo_FeatureID", "NULL"),
        ("ActionGeo_Type", "CASE location_precision WHEN 'country' THEN 1 WHEN 'region' THEN 2 WHEN 'city' THEN 4 END"),
        ("ActionGeo_FullName", "location_name"), ("ActionGeo_CountryCode", "location_country"), ("ActionGeo_ADM1Code", "NULL"),
        ("ActionGeo_ADM2Code", "NULL"), ("ActionGeo_Lat", "latitude"), ("ActionGeo_Long", "longitude"), ("ActionGeo_FeatureID", "NULL"),
        ("DATEADDED", "strftime(first_seen, '%Y%m%d%H%M%S')"),
        ("SOURCEURL", "first_url"),
    ];

    /// <summary>Writes <paramref name="table"/> of <paramref name="store"/> to <paramref name="outputPath"/>; returns the rows written.</summary>
    /// <exception cref="ArgumentException">The table is unknown, or GDELT output asked for another table than events.</exception>
    /// <exception cref="StoreException">The file cannot be written (folder missing, disk full).</exception>
    public static long Export(EventStore store, ExportFormat format, string outputPath, string table = "events")
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (!Tables.Contains(table))
        {
            throw new ArgumentException($"There is no table '{table}'; export one of {string.Join(", ", Tables)}.", nameof(table));
        }

        if (format == ExportFormat.Gdelt && table != "events")
        {
            throw new ArgumentException("The GDELT layout is that of GDELT's event table: export the events table with it.", nameof(table));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"{outputPath}: the folder {directory} does not exist.");
        }

        var order = table switch
        {
            "events" => "event_date NULLS LAST, event_id",
            "mentions" => "content_hash, ordinal",
            "documents" => "content_hash",
            _ => "event_id, mention_id",
        };
        var select = format switch
        {
            ExportFormat.Gdelt => $"SELECT {string.Join(", ", GdeltColumns.Select(c => $"{Flat(c.Sql)} AS \"{c.Column}\""))} FROM events ORDER BY {order}",
            ExportFormat.Tsv => $"SELECT {FlatColumns(store, table)} FROM {table} ORDER BY {order}",
            _ => $"SELECT * FROM {table} ORDER BY {order}",
        };
        var options = format switch
        {
            ExportFormat.Parquet => "FORMAT parquet, COMPRESSION zstd",
            ExportFormat.JsonLines => "FORMAT json",
            ExportFormat.Tsv => "FORMAT csv, DELIMITER '\t', HEADER true, QUOTE ''",
            _ => "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE ''",
        };
        return store.Run(() =>
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = $"COPY ({select}) TO '{outputPath.Replace("'", "''", StringComparison.Ordinal)}' ({options})";
            return Convert.ToInt64(command.ExecuteNonQuery(), CultureInfo.InvariantCulture);
        });
    }

    // Text values lose tabs and line breaks, so that each row is one line with a fixed number of fields.
    private static string Flat(string sql) => $"regexp_replace(CAST({sql} AS VARCHAR), '[\\t\\r\\n]+', ' ', 'g')";

    private static string FlatColumns(EventStore store, string table)
    {
        var columns = new List<string>();
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = '{table}' ORDER BY ordinal_position";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            var type = reader.GetString(1);
            columns.Add(type.EndsWith("[]", StringComparison.Ordinal) ? $"array_to_string({name}, '; ') AS {name}"
                : type == "VARCHAR" ? $"{Flat(name)} AS {name}"
                : name);
        }

        return string.Join(", ", columns);
    }
}
