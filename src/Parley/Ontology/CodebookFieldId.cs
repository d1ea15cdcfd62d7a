namespace Parley.Ontology;

/// <summary>Field tags of the "codebook" data file (see <see cref="Data.DataFileFormat"/>).</summary>
public static class CodebookFieldId
{
    /// <summary>
    /// The code table: i32 count, then per code: string code, string name, f64 goldstein,
    /// bool hasIcews, [f64 goldsteinIcews], u8 plover type, string mode, string context.
    /// </summary>
    public const ushort Codes = 1;
}
