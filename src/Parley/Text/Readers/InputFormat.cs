namespace Parley.Text.Readers;

/// <summary>How an input is read.</summary>
public enum InputFormat
{
    /// <summary>Plain UTF-8 text: one document per file.</summary>
    PlainText,
    /// <summary>An HTML page: the main text is extracted.</summary>
    Html,
    /// <summary>JSON Lines: one record <c>{"id","text","date"|"pub_date",…}</c> per line.</summary>
    JsonLines,
}
