namespace Parley.Tagging.Internal;

/// <summary>Field ids of the tagger model file (<c>tagger.pdat</c>); layouts are documented on <see cref="TaggerModelWriter"/>.</summary>
internal static class TaggerFieldId
{
    public const ushort Settings = 1;
    public const ushort Vocabulary = 2;
    public const ushort Features = 3;
    public const ushort Lemmas = 4;
}
