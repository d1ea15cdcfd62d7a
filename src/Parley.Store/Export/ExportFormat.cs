namespace Parley.Store.Export;

/// <summary>File formats of <c>parley export</c>.</summary>
public enum ExportFormat
{
    /// <summary>Apache Parquet (DuckDB's writer, zstd-compressed): R arrow, pandas, Spark and BigQuery read it directly.</summary>
    Parquet,
    /// <summary>JSON Lines: one object per row.</summary>
    JsonLines,
    /// <summary>Tab-separated values with a header line.</summary>
    Tsv,
    /// <summary>GDELT 2.0's event table: its 61 columns in its order, tab-separated, no header (see docs/store.md).</summary>
    Gdelt,
}
