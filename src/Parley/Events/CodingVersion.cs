using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Events;

/// <summary>
/// The version of the coding that produced a set of events: the engine's version and the VersionIds of the
/// data it coded with. Stores record it with every document, so that a re-run with newer dictionaries can
/// find the documents coded with older ones. This is the one place that decides what the version covers:
/// when the lexicon gets a compiled VersionId, add it to <see cref="Of"/>.
/// </summary>
public static class CodingVersion
{
    /// <summary>
    /// The coding version of <paramref name="coder"/>, e.g. <c>"engine 1.0.0; data 3f2a9c1d07e4b6a5"</c>: the
    /// engine's assembly version, then the first 16 hex digits of the SHA-256 of the data VersionIds.
    /// </summary>
    public static string Of(DocumentCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        return Combine([$"codebook {coder.Codebook.VersionId}", $"actors {coder.ActorsVersionId}", $"places {coder.PlacesVersionId}"]);
    }

    /// <summary>Combines the engine's version with the given data VersionIds (in order) into one version string.</summary>
    public static string Combine(IEnumerable<string> dataVersionIds)
    {
        ArgumentNullException.ThrowIfNull(dataVersionIds);
        var joined = string.Join('\n', dataVersionIds);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..16];
        return $"engine {EngineVersion}; data {hash}";
    }

    /// <summary>The engine assembly's informational version (without a source-revision suffix).</summary>
    public static string EngineVersion { get; } = ReadEngineVersion();

    private static string ReadEngineVersion()
    {
        var assembly = typeof(CodingVersion).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
