namespace Parley.Lexicon;

/// <summary>
/// Checks read patterns for mistakes that parsing alone cannot see: duplicate patterns, contradictory patterns (same
/// words, different codes), unreachable patterns (an earlier pattern of the same head always matches first, or a verb
/// head after an article, which never reads as a verb), and word classes no pattern uses.
/// </summary>
public static class LexiconLinter
{
    /// <summary>Every problem found, in file order.</summary>
    public static IReadOnlyList<LexiconDiagnostic> Check(LexiconSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var found = new List<LexiconDiagnostic>();
        var byShape = new Dictionary<string, EventPattern>(StringComparer.Ordinal);
        foreach (var pattern in source.Patterns)
        {
            var (file, line) = Location(pattern.Id);
            if (byShape.TryGetValue(pattern.Shape, out var first))
            {
                found.Add(first.CodeText == pattern.CodeText
                    ? new LexiconDiagnostic(file, line, DiagnosticSeverity.Error, $"duplicate pattern '{pattern.Text}' ({pattern.CodeText}): already at {first.Id}")
                    : new LexiconDiagnostic(file, line, DiagnosticSeverity.Error,
                        $"contradictory pattern '{pattern.Text}': {pattern.CodeText} here, {first.CodeText} at {first.Id}"));
                continue;
            }

            byShape[pattern.Shape] = pattern;
            if (pattern.Kind == EntryKind.Verb && pattern.Before.Count > 0 && pattern.Before[^1] is { Kind: PatternElementKind.Word } last
                && last.Word is "the" or "a" or "an" or "its" or "their" or "his" or "her")
            {
                found.Add(new LexiconDiagnostic(file, line, DiagnosticSeverity.Error,
                    $"unreachable pattern '{pattern.Text}': a verb after '{last.Word}' never reads as a verb; make it a 'noun' entry"));
            }
        }

        foreach (var group in source.Patterns.GroupBy(p => (p.Kind, p.Lemma)))
        {
            var ordered = group.Select((p, i) => (Pattern: p, Order: i)).OrderByDescending(x => x.Pattern.Specificity).ThenBy(x => x.Order).ToList();
            for (var j = 0; j < ordered.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    var (earlier, later) = (ordered[i].Pattern, ordered[j].Pattern);
                    if (earlier.Shape != later.Shape && Subsumes(earlier, later))
                    {
                        var (file, line) = Location(later.Id);
                        found.Add(new LexiconDiagnostic(file, line, DiagnosticSeverity.Error,
                            $"unreachable pattern '{later.Text}': '{earlier.Text}' at {earlier.Id} matches everything it matches and is tried first"));
                        break;
                    }
                }
            }
        }

        var used = source.Patterns.SelectMany(p => p.Before.Concat(p.After)).Where(e => e.Class is not null).Select(e => e.Class!.Name).ToHashSet();
        foreach (var wordClass in source.Classes.Values.Where(c => !used.Contains(c.Name)))
        {
            var (file, line) = Location(wordClass.Id);
            found.Add(new LexiconDiagnostic(file, line, DiagnosticSeverity.Warning, $"word class {wordClass.Name} is not used by any pattern"));
        }

        return [.. found.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line)];
    }

    // Whether every text that 'later' matches is also matched by 'earlier' (same element sequence, each element of
    // 'earlier' at least as permissive).
    private static bool Subsumes(EventPattern earlier, EventPattern later) =>
        Covers(earlier.Before, later.Before) && Covers(earlier.After, later.After);

    private static bool Covers(IReadOnlyList<PatternElement> wide, IReadOnlyList<PatternElement> narrow)
    {
        if (wide.Count != narrow.Count)
        {
            return false;
        }

        for (var i = 0; i < wide.Count; i++)
        {
            var (w, n) = (wide[i], narrow[i]);
            if (w.Adjacent && !n.Adjacent)
            {
                return false;
            }

            var ok = (w.Kind, n.Kind) switch
            {
                (PatternElementKind.Word, PatternElementKind.Word) => w.Word == n.Word,
                (PatternElementKind.Class, PatternElementKind.Word) => w.Class!.Contains([n.Word!]),
                (PatternElementKind.Class, PatternElementKind.Class) => n.Class!.Members.All(m => w.Class!.Contains(m)),
                _ => w.Kind == n.Kind && w.Kind is not (PatternElementKind.Word or PatternElementKind.Class),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static (string File, int Line) Location(string id)
    {
        var colon = id.LastIndexOf(':');
        return colon > 0 && int.TryParse(id.AsSpan(colon + 1), out var line) ? (id[..colon], line) : (id, 0);
    }
}
