using System.Security.Cryptography;

namespace Parley.DataCompiler;

/// <summary>An input file with its SHA-256, recorded in the provenance of every compiled file.</summary>
internal sealed record InputFile(string Path, string Sha256)
{
    public static InputFile Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new CompilerInputException($"Input file {path} does not exist.");
        }

        using var stream = File.OpenRead(path);
        return new InputFile(path, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    public string Provenance => $"{System.IO.Path.GetFileName(Path)} sha256={Sha256}";
}
