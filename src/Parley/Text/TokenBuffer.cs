namespace Parley.Text;

/// <summary>A growable, reusable array of tokens. Reuse one buffer per worker to avoid allocating per document.</summary>
public sealed class TokenBuffer
{
    private TokenData[] _items;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> tokens.</summary>
    public TokenBuffer(int capacity = 256) => _items = new TokenData[Math.Max(capacity, 16)];

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>The tokens as a span.</summary>
    public ReadOnlySpan<TokenData> Span => _items.AsSpan(0, Count);

    /// <summary>The token at <paramref name="index"/>.</summary>
    public ref readonly TokenData this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Value should be in range [0-{Count - 1}].");
            }

            return ref _items[index];
        }
    }

    /// <summary>Appends a token.</summary>
    public void Add(in TokenData token)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = token;
    }

    /// <summary>Removes all tokens, keeping the storage.</summary>
    public void Clear() => Count = 0;

    /// <summary>Copies the tokens into a new array.</summary>
    public TokenData[] ToArray() => Span.ToArray();
}
