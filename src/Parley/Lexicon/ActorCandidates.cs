namespace Parley.Lexicon;

/// <summary>The entries one phrase can stand for ("Aliyev": Ilham or Heydar), in priority order.</summary>
public sealed class ActorCandidates
{
    private readonly List<ActorEntry> _entries = [];

    /// <summary>The entries.</summary>
    public IReadOnlyList<ActorEntry> Entries => _entries;

    internal void Add(ActorEntry entry)
    {
        if (!_entries.Contains(entry))
        {
            _entries.Add(entry);
        }
    }

    internal void Replace(ActorEntry entry)
    {
        _entries.Clear();
        _entries.Add(entry);
    }
}
