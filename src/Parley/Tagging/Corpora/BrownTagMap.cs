namespace Parley.Tagging.Corpora;

/// <summary>
/// Maps Brown corpus tags to the Penn Treebank tags of <see cref="PosTag"/>. Brown's finer distinctions that Penn also
/// makes are kept (VBD/VBN, NNP/NNPS, MD, JJR/JJS, RBR/RBS, PRP$/WP$, EX, RP, TO, POS); the rest are merged.
/// </summary>
/// <remarks>
/// <para>Preparation of a tag: the foreign-word prefix <c>fw-</c> is dropped (a foreign word takes the tag of its function);
/// suffixes <c>-tl</c> (title), <c>-hl</c> (headline), <c>-nc</c> (cited) and <c>-n</c>/<c>-t</c> are dropped, except that a
/// capitalised <c>nn-tl</c>/<c>nns-tl</c> ("Fulton County") becomes NNP/NNPS, as in Penn.</para>
/// <para>Compound tags of contracted tokens map part by part: <c>+</c> separates the parts ("pps+bez" "it's" → PRP VBZ),
/// a final <c>$</c> adds a POS part ("np$" → NNP POS; but <c>pp$</c> is PRP$, <c>wp$</c> WP$, <c>pp$$</c> PRP), and a final
/// <c>*</c> adds an RB part for "n't"/"not" ("do*" → VB RB). <see cref="BrownCorpus"/> then splits the token the way
/// Parley's tokenizer does.</para>
/// <para>The table (Brown → Penn):
/// nn NN; nns NNS; np NNP; nps NNPS; nr (adverbial noun: "home", "Friday") NN, or NNP when capitalised; nrs NNS/NNPS;
/// pn (nominal pronoun: "anyone") NN; vb VB (Brown has no VBP for ordinary verbs); vbd VBD; vbg VBG; vbn VBN; vbz VBZ;
/// be/do/hv VB; bed/bedz/dod/hvd VBD; beg/hvg VBG; ben/hvn VBN; bem/ber VBP; bez/doz/hvz VBZ; md MD;
/// jj, jjs (semantic superlative: "chief") and od (ordinal) JJ; jjr JJR; jjt JJS; ap ("many", "other") JJ, but JJR for
/// "more"/"less"/"fewer" and JJS for "most"/"least"/"fewest"; rb, rn, ql, qlp RB, but ql "more"/"less" RBR and "most"/"least" RBS;
/// rbr RBR; rbt RBS; rp RP; at, abn, abx, dt, dti, dts, dtx DT; abl ("such", "quite") PDT; pps, ppss, ppo, ppl, ppls, pp$$ PRP;
/// pp$ PRP$; wdt WDT; wps, wpo WP; wp$ WP$; wrb, wql WRB; in IN; cs (subordinating conjunction) IN; to TO; cc CC; cd CD;
/// ex EX; uh UH; * ("not", "n't") RB; . PERIOD; , COMMA; : and -- COLON; ( and ); `` opening and '' and ' closing quotes.</para>
/// </remarks>
public static class BrownTagMap
{
    /// <summary>Appends the Penn tags of the parts of a Brown token to <paramref name="output"/>; false when the tag is unknown.</summary>
    public static bool TryMap(string word, string brownTag, List<PosTag> output)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(brownTag);
        ArgumentNullException.ThrowIfNull(output);
        var tag = brownTag.ToLowerInvariant();
        var title = tag.Contains("-tl", StringComparison.Ordinal);
        while (tag.Length > 3 && (tag.EndsWith("-tl", StringComparison.Ordinal) || tag.EndsWith("-hl", StringComparison.Ordinal) || tag.EndsWith("-nc", StringComparison.Ordinal)))
        {
            tag = tag[..^3];
        }

        if (tag is "--" or "(" or ")" or "," or "." or ":" or "``" or "''" or "'" or "*")
        {
            output.Add(MapBase(word, tag, title: false)!.Value);
            return true;
        }

        if (tag.StartsWith("fw-", StringComparison.Ordinal))
        {
            tag = tag[3..];
        }

        foreach (var rawPart in tag.Split('+'))
        {
            var part = rawPart;
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                part = part[..dash];
            }

            var negated = part.Length > 1 && part.EndsWith('*');
            if (negated)
            {
                part = part[..^1];
            }

            var possessive = part.Length > 1 && part.EndsWith('$') && part is not ("pp$" or "wp$" or "pp$$");
            if (possessive)
            {
                part = part[..^1];
            }

            var mapped = MapBase(word, part, title);
            if (mapped is null)
            {
                return false;
            }

            output.Add(mapped.Value);
            if (possessive)
            {
                output.Add(PosTag.POS);
            }

            if (negated)
            {
                output.Add(PosTag.RB);
            }
        }

        return output.Count > 0;
    }

    private static PosTag? MapBase(string word, string tag, bool title)
    {
        var capitalised = word.Length > 0 && char.IsUpper(word[0]);
        var lower = word.ToLowerInvariant();
        return tag switch
        {
            "nn" => title && capitalised ? PosTag.NNP : PosTag.NN,
            "nns" => title && capitalised ? PosTag.NNPS : PosTag.NNS,
            "np" => PosTag.NNP,
            "nps" => PosTag.NNPS,
            "nr" => capitalised ? PosTag.NNP : PosTag.NN,
            "nrs" => capitalised ? PosTag.NNPS : PosTag.NNS,
            "pn" => PosTag.NN,
            "vb" or "be" or "do" or "hv" => PosTag.VB,
            "vbd" or "bed" or "bedz" or "dod" or "hvd" => PosTag.VBD,
            "vbg" or "beg" or "hvg" => PosTag.VBG,
            "vbn" or "ben" or "hvn" => PosTag.VBN,
            "bem" or "ber" => PosTag.VBP,
            "vbz" or "bez" or "doz" or "hvz" => PosTag.VBZ,
            "md" => PosTag.MD,
            "jj" or "jjs" or "od" => PosTag.JJ,
            "jjr" => PosTag.JJR,
            "jjt" => PosTag.JJS,
            "ap" => lower is "more" or "less" or "fewer" ? PosTag.JJR : lower is "most" or "least" or "fewest" ? PosTag.JJS : PosTag.JJ,
            "ql" => lower is "more" or "less" ? PosTag.RBR : lower is "most" or "least" ? PosTag.RBS : PosTag.RB,
            "rb" or "rn" or "qlp" or "*" => PosTag.RB,
            "rbr" => PosTag.RBR,
            "rbt" => PosTag.RBS,
            "rp" => PosTag.RP,
            "at" or "abn" or "abx" or "dt" or "dti" or "dts" or "dtx" => PosTag.DT,
            "abl" => PosTag.PDT,
            "pps" or "ppss" or "ppo" or "ppl" or "ppls" or "pp$$" or "pp" => PosTag.PRP,
            "pp$" => PosTag.PRPS,
            "wdt" => PosTag.WDT,
            "wps" or "wpo" => PosTag.WP,
            "wp$" => PosTag.WPS,
            "wrb" or "wql" => PosTag.WRB,
            "in" or "cs" => PosTag.IN,
            "to" => PosTag.TO,
            "cc" => PosTag.CC,
            "cd" => PosTag.CD,
            "ex" => PosTag.EX,
            "uh" => PosTag.UH,
            "." => PosTag.Period,
            "," => PosTag.Comma,
            ":" or "--" => PosTag.Colon,
            "(" => PosTag.OpenParen,
            ")" => PosTag.CloseParen,
            "``" => PosTag.OpenQuote,
            "''" or "'" => PosTag.CloseQuote,
            _ => null,
        };
    }
}
