namespace Parley.Tagging;

/// <summary>
/// A part-of-speech tag of the Penn Treebank tag set, as far as the Brown corpus the tagger is trained on
/// distinguishes it. Brown does not separate the base form from the non-third-person present of ordinary
/// verbs, so <see cref="VB"/> stands for both; <see cref="VBP"/> is used for "am", "are" and "'re", "'m".
/// Penn's <c>$</c>, <c>#</c>, <c>SYM</c>, <c>LS</c> and <c>FW</c> do not occur in the training data and are not produced.
/// </summary>
public enum PosTag : byte
{
    /// <summary>Noun, singular or mass ("talk", "ceasefire").</summary>
    NN,
    /// <summary>Noun, plural ("talks", "attacks").</summary>
    NNS,
    /// <summary>Proper noun, singular ("Armenia").</summary>
    NNP,
    /// <summary>Proper noun, plural ("Americans" in Brown's sense of a plural name).</summary>
    NNPS,
    /// <summary>Verb, base form or non-third-person present ("meet", "they meet").</summary>
    VB,
    /// <summary>Verb, past tense ("met").</summary>
    VBD,
    /// <summary>Verb, gerund or present participle ("meeting").</summary>
    VBG,
    /// <summary>Verb, past participle ("met", "taken").</summary>
    VBN,
    /// <summary>Verb, non-third-person present of "be" ("am", "are").</summary>
    VBP,
    /// <summary>Verb, third person singular present ("meets").</summary>
    VBZ,
    /// <summary>Modal ("will", "could").</summary>
    MD,
    /// <summary>Adjective ("military").</summary>
    JJ,
    /// <summary>Adjective, comparative ("larger").</summary>
    JJR,
    /// <summary>Adjective, superlative ("largest").</summary>
    JJS,
    /// <summary>Adverb ("quickly", "not").</summary>
    RB,
    /// <summary>Adverb, comparative ("later").</summary>
    RBR,
    /// <summary>Adverb, superlative ("most").</summary>
    RBS,
    /// <summary>Particle ("up" in "called up").</summary>
    RP,
    /// <summary>Determiner ("the", "this").</summary>
    DT,
    /// <summary>Predeterminer ("such" in "such a").</summary>
    PDT,
    /// <summary>Personal pronoun ("he", "them").</summary>
    PRP,
    /// <summary>Possessive pronoun ("his"; Penn <c>PRP$</c>).</summary>
    PRPS,
    /// <summary>Wh-determiner ("which").</summary>
    WDT,
    /// <summary>Wh-pronoun ("who").</summary>
    WP,
    /// <summary>Possessive wh-pronoun ("whose"; Penn <c>WP$</c>).</summary>
    WPS,
    /// <summary>Wh-adverb ("where", "when").</summary>
    WRB,
    /// <summary>Preposition or subordinating conjunction ("between", "because").</summary>
    IN,
    /// <summary>"to".</summary>
    TO,
    /// <summary>Coordinating conjunction ("and").</summary>
    CC,
    /// <summary>Cardinal number ("12").</summary>
    CD,
    /// <summary>Existential "there".</summary>
    EX,
    /// <summary>Interjection ("yes").</summary>
    UH,
    /// <summary>Possessive ending ("'s", "'").</summary>
    POS,
    /// <summary>Sentence-final punctuation (Penn <c>.</c>).</summary>
    Period,
    /// <summary>Comma (Penn <c>,</c>).</summary>
    Comma,
    /// <summary>Colon, semicolon, dash (Penn <c>:</c>).</summary>
    Colon,
    /// <summary>Opening quotation mark (Penn <c>``</c>).</summary>
    OpenQuote,
    /// <summary>Closing quotation mark (Penn <c>''</c>).</summary>
    CloseQuote,
    /// <summary>Opening bracket (Penn <c>(</c>).</summary>
    OpenParen,
    /// <summary>Closing bracket (Penn <c>)</c>).</summary>
    CloseParen,
}
