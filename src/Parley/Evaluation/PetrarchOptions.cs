using System.Globalization;

namespace Parley.Evaluation;

/// <summary>
/// The options of PETRARCH's <c>PETR_config.ini</c> that decide which events it codes from a record: <c>require_dyad</c>,
/// the <c>comma_*</c> limits of comma-delimited clause removal and <c>new_actor_length</c>. The unit-test records change
/// them with <c>&lt;Config option="..." value="..."&gt;</c> elements, which hold for the records that follow (PETRARCH's
/// validation reader applies them in document order).
/// </summary>
internal sealed record PetrarchOptions
{
    /// <summary>The defaults PETRARCH's <c>PETR_config.ini</c> documents.</summary>
    public static PetrarchOptions Defaults { get; } = new();

    /// <summary>Events need a non-null source and target (<c>require_dyad</c>, default <c>True</c>).</summary>
    public bool RequireDyad { get; init; } = true;

    /// <summary>Internal (between two commas) clause length in words that is removed: minimum (<c>comma_min</c>, 2).</summary>
    public int CommaMin { get; init; } = 2;

    /// <summary>Internal clause maximum (<c>comma_max</c>, 8); 0 turns the removal of internal clauses off.</summary>
    public int CommaMax { get; init; } = 8;

    /// <summary>Initial clause (before the first comma) minimum (<c>comma_bmin</c>, 0).</summary>
    public int CommaBMin { get; init; }

    /// <summary>Initial clause maximum (<c>comma_bmax</c>, 0: initial clauses are kept).</summary>
    public int CommaBMax { get; init; }

    /// <summary>Terminal clause (after the last comma) minimum (<c>comma_emin</c>, 2).</summary>
    public int CommaEMin { get; init; } = 2;

    /// <summary>Terminal clause maximum (<c>comma_emax</c>, 8); 0 keeps terminal clauses.</summary>
    public int CommaEMax { get; init; } = 8;

    /// <summary>
    /// Maximum length of an uncoded noun phrase PETRARCH writes as a new actor (<c>new_actor_length</c>, 0: none). Read
    /// and kept for the notes; Parley codes only dictionary actors.
    /// </summary>
    public int NewActorLength { get; init; }

    /// <summary>
    /// Reads the <c>[Options]</c> of a <c>PETR_config.ini</c> ("name = value", "#" comments) over the defaults; without the
    /// file, the defaults.
    /// </summary>
    public static PetrarchOptions ReadConfig(string configFile)
    {
        var options = Defaults;
        if (!File.Exists(configFile))
        {
            return options;
        }

        foreach (var line in File.ReadLines(configFile))
        {
            var content = line.Split('#', 2)[0];
            var equals = content.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                options = options.Apply(content[..equals], content[(equals + 1)..]);
            }
        }

        return options;
    }

    /// <summary>
    /// Applies one option as PETRARCH's validation reader does: <c>require_dyad</c> and the like are true unless the value
    /// says "false"; numeric options that do not parse, and other options, change nothing.
    /// </summary>
    public PetrarchOptions Apply(string option, string value)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(value);
        var name = option.Trim().ToLowerInvariant();
        var text = value.Trim();
        if (name == "require_dyad")
        {
            return this with { RequireDyad = !text.Contains("false", StringComparison.OrdinalIgnoreCase) };
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return this;
        }

        return name switch
        {
            "comma_min" => this with { CommaMin = number },
            "comma_max" => this with { CommaMax = number },
            "comma_bmin" => this with { CommaBMin = number },
            "comma_bmax" => this with { CommaBMax = number },
            "comma_emin" => this with { CommaEMin = number },
            "comma_emax" => this with { CommaEMax = number },
            "new_actor_length" => this with { NewActorLength = number },
            _ => this,
        };
    }
}
