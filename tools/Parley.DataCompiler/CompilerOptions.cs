namespace Parley.DataCompiler;

/// <summary>The <c>--name value</c> options of one compiler run.</summary>
internal sealed class CompilerOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static CompilerOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new CompilerOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new CompilerInputException($"Expected '--name value', got '{args[i]}'.");
            }

            options._values[args[i][2..]] = args[++i];
        }

        return options;
    }

    public string Require(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new CompilerInputException($"Missing option --{name}.");

    public string? Optional(string name) => _values.GetValueOrDefault(name);
}
