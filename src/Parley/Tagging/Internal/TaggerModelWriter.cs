using Parley.Data;

namespace Parley.Tagging.Internal;

/// <summary>
/// Writes a tagger model in the <see cref="DataFileFormat"/> container, kind <c>"tagger"</c>.
/// </summary>
/// <remarks>
/// Fields (integers little-endian, strings as in <see cref="BinaryWriter.Write(string)"/>):
/// <code>
/// 1 Settings    i32 template version (TaggerFeatures.TemplateVersion); i32 tag count T; T strings: Penn tag names in PosTag order
/// 2 Vocabulary  i32 word count N; N × (string word, i8 fixed tag or -1); words sorted ordinally
/// 3 Features    i32 feature count F; F × (u64 key, u8 non-zero count K, K × (u8 tag, f32 weight)); keys sorted ascending
/// 4 Lemmas      i32 count, strings: base-form verbs; i32 count, strings: singular nouns (both lower-case, sorted)
/// </code>
/// Everything is written in a fixed order, so the same model gives the same bytes.
/// </remarks>
internal static class TaggerModelWriter
{
    public const string Kind = "tagger";

    public static void Write(Stream output, string versionId, TaggerModelData model)
    {
        using var writer = new DataFileWriter(output, Kind, versionId);
        writer.WriteField(TaggerFieldId.Settings, w =>
        {
            w.Write(TaggerFeatures.TemplateVersion);
            w.Write(PosTags.Count);
            for (var t = 0; t < PosTags.Count; t++)
            {
                w.Write(((PosTag)t).ToPennName());
            }
        });
        writer.WriteField(TaggerFieldId.Vocabulary, w =>
        {
            w.Write(model.Words.Count);
            for (var i = 0; i < model.Words.Count; i++)
            {
                w.Write(model.Words[i]);
                w.Write(model.FixedTags[i]);
            }
        });
        writer.WriteField(TaggerFieldId.Features, w =>
        {
            w.Write(model.Features.Count);
            foreach (var (key, weights) in model.Features)
            {
                w.Write(key);
                w.Write((byte)weights.Count(x => x != 0));
                for (var t = 0; t < weights.Length; t++)
                {
                    if (weights[t] != 0)
                    {
                        w.Write((byte)t);
                        w.Write(weights[t]);
                    }
                }
            }
        });
        writer.WriteField(TaggerFieldId.Lemmas, w =>
        {
            WriteStrings(w, model.VerbLemmas);
            WriteStrings(w, model.NounLemmas);
        });
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> strings)
    {
        w.Write(strings.Count);
        foreach (var s in strings)
        {
            w.Write(s);
        }
    }
}
