namespace Parley.Data;

/// <summary>One block of a data file: a header (<c>kind: value</c>) and its fields in order.</summary>
public sealed class DataBlock
{
    private readonly List<DataField> _fields = [];

    internal DataBlock(string kind, string value, string fileName, int lineNumber)
    {
        Kind = kind;
        Value = value;
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>The header's name ("country", "person").</summary>
    public string Kind { get; }

    /// <summary>The header's value ("ARM", "Vladimir Putin").</summary>
    public string Value { get; }

    /// <summary>The file the block stands in.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line of the header.</summary>
    public int LineNumber { get; }

    /// <summary>The fields, in file order.</summary>
    public IReadOnlyList<DataField> Fields => _fields;

    /// <summary>"file:line" of the header, for messages.</summary>
    public string Location => $"{FileName}:{LineNumber}";

    /// <summary>The values of every field called <paramref name="name"/>.</summary>
    public IEnumerable<string> All(string name) => _fields.Where(f => f.Name == name).Select(f => f.Value);

    /// <summary>The value of the one field called <paramref name="name"/>, or <c>null</c>.</summary>
    public string? Single(string name)
    {
        string? found = null;
        foreach (var field in _fields.Where(f => f.Name == name))
        {
            if (found is not null)
            {
                throw new InvalidDataFileException($"{FileName}:{field.LineNumber}: '{name}' appears twice in the block at line {LineNumber}.");
            }

            found = field.Value;
        }

        return found;
    }

    internal void Add(string name, string value, int lineNumber) => _fields.Add(new DataField(name, value, lineNumber));
}
