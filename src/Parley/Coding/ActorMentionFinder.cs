using System.Collections.Frozen;
using Parley.Lexicon;
using Parley.Lexicon.Places;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Finds the actors of a sentence: longest dictionary matches, resolved on the event's date and combined where
/// English combines them — "Armenian prime minister", "Russia's foreign minister", "the president of
/// Azerbaijan", "Kazakh police", "Russian President Vladimir Putin".
/// </summary>
/// <param name="dictionary">The actor dictionary.</param>
/// <param name="places">The gazetteer, to find the country of the place a sentence names for groups named without one.</param>
/// <param name="tagger">
/// A tagger, to tell a verb between an actor and a group from the group's modifiers where the caller gives no tags;
/// without one, only "said" and "says" are known as verbs there.
/// </param>
public sealed class ActorMentionFinder(ActorDictionary dictionary, Gazetteer? places = null, PosTagger? tagger = null)
{
    /// <summary>The mentions of the sentence, in order, not overlapping; people are resolved on <paramref name="date"/>.</summary>
    public List<ActorMention> Find(AnalyzedText text, SentenceSpan sentence, DateOnly? date) => Find(text, sentence, date, null);

    /// <summary>
    /// TABARI's <c>SET: CONVERT AGENTS = TRUE</c>: an imported agent not attached to an actor ("guerrillas") is an actor
    /// coded with its agent code ("~REB") instead of no actor. Off by default, as in TABARI.
    /// </summary>
    public bool ConvertAgents { get; set; }

    /// <summary>
    /// TABARI's agents (its manual, 5.4), for its suite: an agent goes with the actor right before or after it (a possessive
    /// "Freedonia's" too, with no words between), or after "of" or "in", alone — "the ambassadors of Arnor, Osgiliath and
    /// Gondor" are the ambassador of the first and the two others. Off by default: Parley gives a plural agent before a
    /// list to each of its countries, and a title after a possessive and its modifiers to the possessor.
    /// </summary>
    public bool AgentsOfOneActor { get; set; }

    /// <summary>
    /// The mentions of the sentence; with a <paramref name="memory"/> a role named with "the" and no country
    /// ("the president", "the foreign minister") takes the country or organisation last mentioned.
    /// </summary>
    public List<ActorMention> Find(AnalyzedText text, SentenceSpan sentence, DateOnly? date, DiscourseMemory? memory) => Find(text, sentence, date, memory, null);

    /// <summary>
    /// The mentions of the sentence; a group named without a country ("protesters", "opposition leaders", "the
    /// government") takes the country where the sentence happens (<paramref name="placeCountry"/>, from a place it
    /// names), else that of the first actor of the sentence with one, else the one last mentioned in the document.
    /// </summary>
    public List<ActorMention> Find(AnalyzedText text, SentenceSpan sentence, DateOnly? date, DiscourseMemory? memory, string? placeCountry)
        => Find(text, sentence, date, memory, placeCountry, default, 0);

    /// <summary>
    /// The mentions of the sentence, as <see cref="Find(AnalyzedText, SentenceSpan, DateOnly?, DiscourseMemory?, string?)"/>;
    /// with the tagger's <paramref name="tags"/> (token <c>i</c>'s tag at <c>i - <paramref name="tagOffset"/></c>; empty to
    /// let the finder's own tagger tag the sentence where needed) an actor before a group owns it only within one noun
    /// phrase: "Iraqi soldiers arrested protesters" says nothing about whose protesters they are.
    /// </summary>
    public List<ActorMention> Find(AnalyzedText text, SentenceSpan sentence, DateOnly? date, DiscourseMemory? memory, string? placeCountry,
        ReadOnlySpan<CoarseTag> tags, int tagOffset)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The raw matches live only while the sentence is read: one list per thread, taken and given back (a nested
        // call, which does not happen now, would make its own).
        var raw = t_raw ?? new List<RawMatch>();
        t_raw = null;
        var end = sentence.EndTokenExclusive;

        // In a sentence written in capitals, "IS" and "WHO" are words, not the acronyms of actors.
        var allCaps = text.IsAllCaps(sentence);
        for (var i = sentence.FirstToken; i < end;)
        {
            var start = IsWord(text, i, "the") ? i + 1 : i;
            ActorCandidates? candidates = null;
            var length = start < end ? dictionary.Match(text, start, end, out candidates) : 0;
            if (length > 0 && candidates is not null && !(allCaps && length == 1 && EnglishDetector.IsFunctionWord(text.TokenText(start))))
            {
                var resolved = dictionary.ResolveBest(candidates, date);
                if (resolved.ExplicitCode == "---" && resolved.Entry.Kind != ActorKind.Agent)
                {
                    // A null code ("BOROMIR [---]", "ALBRIGHT [USAGOV 991201-010114] [---]" after 2001) says the words
                    // name no actor (then): they are read past, and neither they nor a shorter phrase in them is one.
                    i = start + length;
                    continue;
                }

                if (IsTitleBeforeAnotherName(text, start, length, end, resolved))
                {
                    // "Pope Tawadros II": the title of an office before a name the dictionary does not give that holder
                    // is another's title (the Coptic pope), not the holder of the day.
                    i = start + length;
                    continue;
                }

                if (resolved.Entry.Kind == ActorKind.Agent || resolved.Entry.MatchesAnyCase || text.Tokens[start].Has(TokenFlags.Capitalized) || HasCapital(text, start, start + length)
                    || IsTitleOfOffice(text, i, start, length, resolved))
                {
                    // Names are capitalised in news text: "turkey" (the bird) or "chad" in lower case are not countries.
                    // Some names start with a lower-case particle ("al-Qaeda", "bin Laden", "de Klerk"): a capital later will do.
                    // A TABARI dictionary's names match in any case, as TABARI reads text in upper case.
                    raw.Add(new RawMatch(i, start + length, resolved));
                    i = start + length;
                    continue;
                }
            }
            else if (length == 0 && start < end && LedOrBasedBy(text, start, end, date) is { } leader)
            {
                raw.Add(new RawMatch(i, start + 1, leader));
                i = start + 1;
                continue;
            }

            i++;
        }

        FormerAgentsAreElites(text, raw, sentence.FirstToken);
        RegroupNationalityWords(text, raw, sentence, date);
        ShareGroupNouns(text, raw);
        var mentions = Combine(text, sentence, raw, memory, placeCountry, date, tags, tagOffset);
        raw.Clear();
        t_raw = raw;
        return mentions;
    }

    [ThreadStatic]
    private static List<RawMatch>? t_raw;

    // TABARI's "former" agents (manual 5.4.1, CAMEO's rule): "former" right before an agent ("Sylvanian former
    // ministers") or before the actor right before it ("former Sylvanian prosecutors") makes the agent an elite, ELI,
    // for the agents of TABARI's .agents files. Parley's own people are elites by the dates of their offices.
    private static void FormerAgentsAreElites(AnalyzedText text, List<RawMatch> raw, int firstToken)
    {
        for (var k = 0; k < raw.Count; k++)
        {
            var agent = raw[k].Actor;
            if (agent.Entry is not { Kind: ActorKind.Agent, FormerIsElite: true, RoleFirst: false } || agent.Role == "ELI")
            {
                continue;
            }

            if (raw[k].Start > firstToken && IsWord(text, raw[k].Start - 1, "former") && (k == 0 || raw[k - 1].End < raw[k].Start))
            {
                // The agent's words take "former" in, so that it stays next to its actor ("Sylvania former ministers")
                // and opens the sentence where it does ("Former ministers in Sylvania …").
                raw[k] = new RawMatch(raw[k].Start - 1, raw[k].End, Elite(agent), raw[k].IsTitle);
            }
            else if (k > 0 && raw[k - 1].End == raw[k].Start && raw[k - 1].Actor.Entry.Kind != ActorKind.Agent
                && raw[k - 1].Start > firstToken && IsWord(text, raw[k - 1].Start - 1, "former"))
            {
                raw[k] = raw[k] with { Actor = Elite(agent) };
            }
        }

        static ResolvedActor Elite(ResolvedActor agent) => agent with { Role = "ELI", Name = "former " + agent.Name };
    }

    // "The Saudi-led coalition", "US-led forces", "the Vietnamese-led army": the one who leads a coalition or a force is
    // the actor CAMEO codes for it, so "X-led" (also "-headed", "-dominated") stands for X. "A London-based rights group"
    // is a group of that country, but only with a group noun after it: "the London-based Syrian Observatory" names its
    // own actor. Backers and sponsors ("Iranian-backed militias", "a UN-brokered deal", "Russian-made rockets",
    // "rebel-held towns") are not the actor: such words stay unmatched and the group after them takes its country as
    // groups do.
    private ResolvedActor? LedOrBasedBy(AnalyzedText text, int token, int end, DateOnly? date)
    {
        var word = text.TokenText(token);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || !char.IsUpper(word[0]))
        {
            return null;
        }

        var suffix = word[(word.LastIndexOf('-') + 1)..];
        var based = suffix.Equals("based", StringComparison.OrdinalIgnoreCase);
        if (!based && !suffix.Equals("led", StringComparison.OrdinalIgnoreCase) && !suffix.Equals("headed", StringComparison.OrdinalIgnoreCase)
            && !suffix.Equals("dominated", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (dictionary.MatchWord(word[..hyphen]) is not { } candidates)
        {
            return null;
        }

        var actor = dictionary.ResolveBest(candidates, date);
        if (actor.Entry.Kind is ActorKind.Agent or ActorKind.Person || actor.ExplicitCode == "---")
        {
            return null;
        }

        // A name after the compound is the actor itself: "the Russian-led CSTO", "the London-based Amnesty International".
        ActorKind? nextKind = token + 1 < end && dictionary.Match(text, token + 1, end, out var next) > 0 && next is not null
            ? dictionary.ResolveBest(next, date).Entry.Kind
            : null;
        if (nextKind is not null and not ActorKind.Agent)
        {
            return null;
        }

        if (based)
        {
            // Where a group is based says its country, not that its government acts ("Moscow-based" is not the Kremlin).
            return nextKind == ActorKind.Agent && actor.Country is not null
                ? actor with { Entry = actor.Entry with { Kind = ActorKind.Country }, Org = null, Role = null }
                : null;
        }

        return actor;
    }

    // A nationality word names a country's people only where nothing says otherwise. "Ethnic Albanians" ("ethnic Albanian
    // guerrillas") are a community wherever they live: a group whose country comes from the context, as "protesters"
    // does. "The Russian language" ("Russian-language", "Kurdish language schools") is no actor at all.
    private void RegroupNationalityWords(AnalyzedText text, List<RawMatch> raw, SentenceSpan sentence, DateOnly? date)
    {
        for (var k = 0; k < raw.Count; k++)
        {
            var current = raw[k];
            // "Kosovo Albanians": a country's name before another nation's people, as its adjective would be.
            if (current.Actor.Entry.Kind == ActorKind.Country)
            {
                RegroupCommunity(text, raw, k);
                continue;
            }

            if (current.Actor.Entry.Kind != ActorKind.CountryAdjective)
            {
                continue;
            }

            if (IsWord(text, current.End, "language") || IsWord(text, current.End, "languages"))
            {
                raw.RemoveAt(k--);
                continue;
            }

            if (current.Start > 0 && IsWord(text, current.Start - 1, "ethnic"))
            {
                var group = new RawMatch(current.Start - 1, current.End, new ResolvedActor(EthnicGroup, null, null, EthnicGroup.Role, current.Actor.Name, null));
                if (k + 1 < raw.Count && raw[k + 1].Start == current.End && raw[k + 1].Actor.Entry.Kind == ActorKind.Agent)
                {
                    // "ethnic Albanian guerrillas": the group the noun names, of that community.
                    group = group with { End = raw[k + 1].End, Actor = raw[k + 1].Actor };
                    raw.RemoveAt(k + 1);
                }

                raw[k] = group;
                continue;
            }

            // "The Hungarian minority" lives in another country than Hungary: a community whose country comes from the
            // context, as "ethnic Hungarians" does. "The Albanian population (community) of the province" is that
            // community where the sentence names a place of another country, else the nation itself.
            if (IsWord(text, current.End, "minority") || IsWord(text, current.End, "minorities")
                || IsWord(text, current.End, "population") || IsWord(text, current.End, "community") || IsWord(text, current.End, "communities"))
            {
                var minority = text.TokenText(current.End)[0] is 'm' or 'M';
                var elsewhere = minority ? null : PlaceCountry(text, sentence, date);
                var home = minority ? null : elsewhere is not null && elsewhere != current.Actor.Country ? elsewhere : current.Actor.Country;
                var words = text.Text[text.Tokens[current.Start].Start..text.Tokens[current.End].EndExclusive];
                raw[k] = new RawMatch(current.Start, current.End + 1, new ResolvedActor(EthnicGroup, home, null, EthnicGroup.Role, words, null), IsTitle: home is not null);
                continue;
            }

            RegroupCommunity(text, raw, k);
        }
    }

    // "U.S. and Soviet negotiators", "French, British and German troops", "the Turkish and Greek sides": a plural group
    // noun after a list of country words belongs to each of them, as "the ambassadors of Armenia and Georgia" does.
    private static void ShareGroupNouns(AnalyzedText text, List<RawMatch> raw)
    {
        for (var k = raw.Count - 2; k > 0; k--)
        {
            var noun = raw[k + 1];
            if (raw[k].Actor.Entry.Kind != ActorKind.CountryAdjective || noun.Actor.Entry.Kind != ActorKind.Agent || noun.Start != raw[k].End
                || noun.Actor.Entry.IsImported || !IsPlural(text.TokenText(noun.End - 1)))
            {
                continue;
            }

            for (var j = k - 1; j >= 0 && raw[j].Actor.Entry.Kind is ActorKind.CountryAdjective or ActorKind.Country && !raw[j].IsTitle
                && ListContinues(text, raw[j].End, raw[j + 1].Start); j--)
            {
                raw[j] = raw[j] with { Actor = WithAgent(raw[j].Actor, noun.Actor), IsTitle = true };
            }
        }
    }

    private static void RegroupCommunity(AnalyzedText text, List<RawMatch> raw, int k)
    {
        if (k + 1 < raw.Count && CommunityOf(text, raw[k], raw[k + 1], k + 2 < raw.Count ? raw[k + 2] : null) is { } community)
        {
            raw[k] = community;
            raw.RemoveRange(k + 1, community.End == raw[k + 1].End ? 1 : 2);
        }
    }

    // "Bosnian Serbs", "Kosovo Albanians", "Croatian Serb refugees": a country word before the people noun of another
    // nation names that nation's community living in the first country (BIH, not SRB), as "Iraqi Kurds" does. A
    // singular people word needs a group noun after it ("Bosnian Serb forces"). Where the people noun is a civic one —
    // "Turkish Cypriots", "Arab Americans" — the country word says the origin and the noun the country.
    private static RawMatch? CommunityOf(AnalyzedText text, RawMatch place, RawMatch people, RawMatch? after)
    {
        if (place.Actor.Entry.Kind is not (ActorKind.CountryAdjective or ActorKind.Country) || people.Actor.Entry.Kind != ActorKind.CountryAdjective
            || people.Start != place.End || people.End != place.End + 1 || place.Actor.Country is null || people.Actor.Country is null
            || place.Actor.Country == people.Actor.Country)
        {
            return null;
        }

        var word = text.TokenText(people.Start);
        var home = CivicDemonyms.Contains(word) ? people.Actor.Country : place.Actor.Country;
        var name = text.Text[text.Tokens[place.Start].Start..text.Tokens[people.End - 1].EndExclusive];
        if (after is { } noun && noun.Start == people.End && noun.Actor.Entry.Kind == ActorKind.Agent && !noun.Actor.Entry.IsImported)
        {
            return new RawMatch(place.Start, noun.End, noun.Actor with { Country = home, Name = $"{name} {noun.Actor.Name}" }, IsTitle: true);
        }

        if (!IsPlural(word))
        {
            return null;
        }

        return new RawMatch(place.Start, people.End, new ResolvedActor(EthnicGroup, home, null, EthnicGroup.Role, name, null), IsTitle: true);
    }

    private List<ActorMention> Combine(AnalyzedText text, SentenceSpan sentence, List<RawMatch> raw, DiscourseMemory? memory, string? placeCountry, DateOnly? date,
        ReadOnlySpan<CoarseTag> tags, int tagOffset)
    {
        var sentenceStart = sentence.FirstToken;
        var mentions = new List<ActorMention>();
        List<RawMatch>? bareGroups = null;

        // "The ambassadors of Armenia, Georgia and Iran": a plural role before a list of countries belongs to each of them.
        ResolvedActor? sharedRole = null;
        var sharedEnd = -1;
        for (var k = 0; k < raw.Count; k++)
        {
            var current = raw[k];
            var kind = current.Actor.Entry.Kind;
            var hasNext = k + 1 < raw.Count;
            var next = hasNext ? raw[k + 1] : default;

            if (sharedRole is not null && IsCountryWord(kind) && ListContinues(text, sharedEnd, current.Start))
            {
                current = current with { Actor = WithAgent(current.Actor, sharedRole), IsTitle = true };
                sharedEnd = current.End;
            }
            else
            {
                sharedRole = null;
            }

            if (kind == ActorKind.Metonym && !current.IsTitle && (k == 0 || raw[k - 1].End < current.Start)
                && PlaceAroundMetonym(text, current, sentence.EndTokenExclusive, date) is { } around)
            {
                // "East Jerusalem": a capital that stands for its government is also part of the name of a place of
                // another country; the longer name is that place, and stands for its country.
                mentions.Add(new ActorMention(current.Start - 1, current.End, around.Country, null, null, around.Name, [current.Actor.Entry])
                {
                    Note = $"place: '{around.Name}' is a place of {around.Country}, not '{text.TokenText(current.Start)}'",
                });
                sharedRole = null;
                continue;
            }

            if (kind == ActorKind.Agent && !current.IsTitle && AgentsOfCountries(text, raw, k, sentenceStart) is { } product)
            {
                mentions.Add(product.Mention);
                k = product.LastRaw;
                sharedRole = null;
                continue;
            }

            // "Armenian prime minister", "Russian troops", "Russia's foreign minister", "Russia's powerful and feared
            // defence minister": a country word before an agent (after "'s" a few modifiers may stand between; none for
            // TABARI's agents, which go with an actor right before them).
            if (hasNext && IsCountryWord(kind) && next.Actor.Entry.Kind == ActorKind.Agent
                && (next.Start == current.End || (IsWord(text, current.End, "'s")
                    && (AgentsOfOneActor ? next.Start == current.End + 1 : ModifiersOnly(text, current.End + 1, next.Start)))))
            {
                var countryActor = current.Actor;
                current = new RawMatch(current.Start, next.End, WithAgent(current.Actor, next.Actor), IsTitle: true);
                k++;
                hasNext = k + 1 < raw.Count;
                next = hasNext ? raw[k + 1] : default;

                // "Danish media and government": the peers forward the country word to an imported agent joined by "and"
                // that names no country of its own ("the media and government of Denmark" is read above).
                if (hasNext && next.Actor.Entry is { Kind: ActorKind.Agent, IsImported: true } && next.Start == current.End + 1
                    && IsWord(text, current.End, "and") && !(k + 2 < raw.Count && raw[k + 2].Start <= next.End + 1))
                {
                    raw[k + 1] = next with { Actor = WithAgent(countryActor, next.Actor), IsTitle = true };
                    next = raw[k + 1];
                }
            }

            // "the president of Azerbaijan"; at the head of a clause also "Soldiers from Russia …", "Lawmakers in France …"
            // (after a verb "from" and "in" say where: "recalled its ambassador from Serbia", "an embassy in Tehran").
            else if (hasNext && kind == ActorKind.Agent && IsCountryWord(next.Actor.Entry.Kind) && next.Start == current.End + 1
                && (IsWord(text, current.End, "of")
                    || ((IsWord(text, current.End, "from") || IsWord(text, current.End, "in"))
                        && (current.Start == sentenceStart || IsWord(text, current.Start - 1, ",") || IsWord(text, current.Start - 1, ";")))))
            {
                if (IsPlural(text.TokenText(current.End - 1)) && !AgentsOfOneActor)
                {
                    (sharedRole, sharedEnd) = (current.Actor, next.End);
                }

                current = new RawMatch(current.Start, next.End, WithAgent(next.Actor, current.Actor), IsTitle: true);
                k++;
                hasNext = k + 1 < raw.Count;
                next = hasNext ? raw[k + 1] : default;
            }

            // "Russia's Sergei Lavrov", "Jordan's King Abdullah II": a country's possessive right before a person's name
            // says whose the person is; the person is the actor, as after a title.
            if (hasNext && !current.IsTitle && kind is ActorKind.Country or ActorKind.CountryAdjective && next.Actor.Entry.Kind == ActorKind.Person
                && IsWord(text, current.End, "'s") && next.Start == current.End + 1)
            {
                var person = next.Actor;
                mentions.Add(new ActorMention(current.Start, next.End, person.Country, person.Org, person.Role, person.Name, [current.Actor.Entry, person.Entry])
                {
                    Office = person.Office,
                    ExplicitCode = person.ExplicitCode,
                });
                k++;
                continue;
            }

            // "Russian President Vladimir Putin", "Prime Minister Pashinyan": a title right before a name.
            if (hasNext && (current.IsTitle || kind == ActorKind.Agent) && next.Actor.Entry.Kind == ActorKind.Person && next.Start == current.End)
            {
                var person = next.Actor;
                // The dictionary may not know a recent office: where it has none on the date, the title in the text decides
                // (a country's or an organisation's: "Arab League Secretary-General Chedli Klibi").
                var actor = person.Office is null && (current.Actor.Country ?? current.Actor.Org) is not null
                    ? person with { Country = current.Actor.Country, Org = current.Actor.Org, Role = current.Actor.Role, ExplicitCode = current.Actor.ExplicitCode }
                    : person;
                mentions.Add(new ActorMention(current.Start, next.End, actor.Country, actor.Org, actor.Role, actor.Name, [current.Actor.Entry, person.Entry])
                {
                    Office = person.Office,
                    ExplicitCode = actor.ExplicitCode,
                });
                k++;
                continue;
            }

            // "Bree Prime Minister Romendacil", "President Romendacil": a title right before a name from an imported
            // dictionary, which knows the name only with a country code. The title in the text says the role.
            if (hasNext && next.Actor.Entry.Kind == ActorKind.Imported && next.Start == current.End && (current.IsTitle || kind == ActorKind.Agent))
            {
                var actor = current.IsTitle ? current.Actor : WithAgent(next.Actor, current.Actor);
                var end = next.End;

                // "an MSF Arnor diplomat": an agent before the name and one after it both qualify it (NGO + ARN + GOV).
                if (!current.IsTitle && k + 2 < raw.Count && raw[k + 2].Start == next.End && raw[k + 2].Actor.Entry is { Kind: ActorKind.Agent, IsImported: true })
                {
                    actor = WithAgent(actor, raw[k + 2].Actor);
                    end = raw[k + 2].End;
                    k++;
                }

                mentions.Add(new ActorMention(current.Start, end, actor.Country, actor.Org, actor.Role, actor.Name, [current.Actor.Entry, next.Actor.Entry])
                {
                    ExplicitCode = actor.ExplicitCode,
                });
                k++;
                continue;
            }

            if (kind == ActorKind.Metonym && !current.IsTitle && current.Start > 0
                && (IsPlacePreposition(text.TokenText(current.Start - 1)) || IsVisitVerb(text.TokenText(current.Start - 1))))
            {
                // "arrived in Moscow", "the attack on Kyiv", "visited Beijing": after a preposition of place, or as where a
                // visit goes, the capital is the place, and stands for its country, not for the government it names as a
                // subject ("Moscow said").
                var a = current.Actor;
                mentions.Add(new ActorMention(current.Start, current.End, a.Country, a.Org, null, a.Name, [a.Entry])
                {
                    Note = $"place: '{text.TokenText(current.Start)}' after '{text.TokenText(current.Start - 1)}' is the country",
                });
            }
            else if (current.IsTitle || kind != ActorKind.Agent)
            {
                var a = current.Actor;
                mentions.Add(new ActorMention(current.Start, current.End, a.Country, a.Org, a.Role, a.Name, [a.Entry]) { Office = a.Office, ExplicitCode = a.ExplicitCode });
            }
            else if (!current.Actor.Entry.IsImported && OfPlace(text, current.End, sentence, date) is { } ofPlace)
            {
                // "The government of Sindh province", "the people of Gaza", "police of Karachi": a group of a town or
                // region is of its country (a country after "of" was joined above).
                var a = current.Actor;
                mentions.Add(new ActorMention(current.Start, ofPlace.End, ofPlace.Country, null, a.Role, $"{ofPlace.Country} {a.Name}", [a.Entry])
                {
                    Note = $"group: '{text.Text[text.Tokens[current.Start].Start..text.Tokens[ofPlace.End - 1].EndExclusive]}' of {ofPlace.Country} (the place named)",
                    IsContextGroup = true,
                });
            }
            else if (current.Start < current.End && IsWord(text, current.Start, "the") && current.Actor.ExplicitCode is null
                && current.Actor.Entry != EthnicGroup
                && !IsPlural(text.TokenText(current.End - 1))
                && (memory?.LastPerson is { } person && (person.Country ?? person.Org) is not null ? person : memory?.LastAffiliated) is { } antecedent)
            {
                // "The foreign minister said …" after a sentence about Armenia: a definite singular role with no country of
                // its own belongs to the person last named (their country), else the country last named. Plurals ("the
                // ministers") often mean a group of several countries and stay unresolved.
                var a = current.Actor;
                mentions.Add(new ActorMention(current.Start, current.End, antecedent.Country, antecedent.Org, a.Role, $"{antecedent.Name} {a.Name}", [a.Entry])
                {
                    Note = $"coreference: '{text.Text[text.Tokens[current.Start].Start..text.Tokens[current.End - 1].EndExclusive]}' -> {antecedent.Name}",
                });
            }
            else if (!current.Actor.Entry.IsImported)
            {
                // Imported TABARI and PETRARCH agents code only attached to an actor, as those coders do.
                (bareGroups ??= []).Add(current);
            }
            else if (ConvertAgents)
            {
                // TABARI's SET: CONVERT AGENTS: an agent with no actor is an actor of its own, coded with its agent code.
                var a = current.Actor;
                var role = a.Role ?? string.Empty;
                mentions.Add(new ActorMention(current.Start, current.End, null, null, a.Role, a.Name, [a.Entry])
                {
                    ExplicitCode = a.Entry.RoleFirst ? role + "~" : "~" + role,
                    Note = "agent converted to an actor (TABARI's CONVERT AGENTS)",
                });
            }
        }

        if (bareGroups is not null)
        {
            // Tagging costs: the sentence is tagged only where an actor stands a word or two before a group.
            if (tags.IsEmpty && tagger is not null && OwnerGapBefore(mentions, bareGroups))
            {
                tags = SentenceTags.Tag(tagger, text, sentence);
                tagOffset = sentence.FirstToken;
            }

            AddBareGroups(text, mentions, bareGroups, memory, placeCountry ?? PlaceCountry(text, sentence, date), tags, tagOffset);
        }

        return mentions;
    }

    // The actors "the two …" or "both …" before a group stand for: as many distinct actors as counted, the last ones
    // named before the group in the sentence; with none named there, the people of the sentence before ("Xi hosted Lula
    // in Beijing. The two leaders signed …"); else, where the sentence names fewer, the first participants of the last
    // sentence that named that many ("Russia and Ukraine held talks. The two sides agreed …"); null when the words are
    // not there or too few actors were named.
    private static List<ActorMention>? CountedGroupMembers(AnalyzedText text, List<ActorMention> mentions, RawMatch group, DiscourseMemory? memory)
    {
        var count = CountBefore(text, group);
        if (count == 0)
        {
            return null;
        }

        var named = new List<ActorMention>(count);
        for (var m = mentions.Count - 1; m >= 0 && named.Count < count; m--)
        {
            var mention = mentions[m];
            // A place ("in Brussels") is where they met, not one of them.
            if (mention.EndExclusive <= group.Start && (mention.Country is not null || mention.Org is not null)
                && !(mention.Start > 0 && IsPlacePreposition(text.TokenText(mention.Start - 1)))
                && !named.Exists(other => other.Code == mention.Code))
            {
                named.Add(mention);
            }
        }

        if (named.Count == 0 && memory is not null && memory.LastPersons.Count == count && DiscourseMemory.IsPersonalRoleWord(text.TokenText(group.End - 1)))
        {
            return [.. memory.LastPersons];
        }

        if (named.Count < count)
        {
            return memory?.LastParticipantMentions is { } earlier && Participants(text, earlier) is { } before && before.Count >= count
                ? before.Take(count).ToList()
                : null;
        }

        named.Reverse();
        return named;
    }

    // How many actors "both …", "both the …", "the two …", "the three …" before a group count; 0 without such words.
    private static int CountBefore(AnalyzedText text, RawMatch group)
    {
        var k = group.Start - 1;
        if (k >= 0 && (IsWord(text, k, "both") || (k >= 1 && IsWord(text, k, "the") && IsWord(text, k - 1, "both"))))
        {
            return 2;
        }

        return k >= 1 && IsWord(text, k - 1, "the") ? IsWord(text, k, "two") ? 2 : IsWord(text, k, "three") ? 3 : 0 : 0;
    }

    /// <summary>
    /// The distinct actors with a country or organisation a sentence names as participants, in order: not a place after
    /// "in", "at", "to" …, and each member of a list that a mention stands for. What "the two leaders" of the next
    /// sentence may stand for (<see cref="DiscourseMemory.LastParticipantMentions"/>).
    /// </summary>
    internal static List<ActorMention> Participants(AnalyzedText text, IReadOnlyList<ActorMention> mentions)
    {
        var participants = new List<ActorMention>();
        foreach (var mention in mentions)
        {
            if (mention.Start > 0 && IsPlacePreposition(text.TokenText(mention.Start - 1)))
            {
                continue;
            }

            foreach (var member in mention.Members ?? [mention])
            {
                if ((member.Country is not null || member.Org is not null) && !participants.Exists(other => other.Code == member.Code))
                {
                    participants.Add(member);
                }
            }
        }

        return participants;
    }

    // "Kenyan police arrested dozens of protesters", "Venezuela rejected the demands of the opposition": news names a
    // country's own groups without repeating the country. They take the country of the place the sentence names, else
    // of its first actor with a country, else of the one last named in the document; with none of these they stay unnamed.
    private static void AddBareGroups(AnalyzedText text, List<ActorMention> mentions, List<RawMatch> groups, DiscourseMemory? memory, string? placeCountry,
        ReadOnlySpan<CoarseTag> tags, int tagOffset)
    {
        ActorMention? first = null;
        foreach (var mention in mentions)
        {
            if (mention.Country is not null)
            {
                first = mention;
                break;
            }
        }

        var country = placeCountry ?? first?.Country ?? memory?.LastAffiliated?.Country;
        if (country is null)
        {
            AddGroupsOfNoCountry(text, mentions, groups);
            return;
        }

        var from = placeCountry is not null ? "the place named" : first is not null ? first.Name : memory!.LastAffiliated!.Name;
        foreach (var group in groups)
        {
            // "Pashinyan met Aliyev …, and the two leaders agreed …": "the two" or "both" before a group stands for the
            // actors just named, each of them, not for a group of the place or the first country.
            if (CountedGroupMembers(text, mentions, group, memory) is { } named)
            {
                var span = text.Text[text.Tokens[group.Start].Start..text.Tokens[group.End - 1].EndExclusive];
                var note = $"coreference: '{span}' -> {string.Join(", ", named.Select(m => m.Name))}";
                // "Norway and Sweden …, and both governments": each takes the group's role where it has none of its own.
                var each = named.Select(m => m with { Start = group.Start, EndExclusive = group.End, Role = m.Role ?? group.Actor.Role, Members = null, Note = note }).ToList();
                mentions.Add(each[0] with { Members = each });
                continue;
            }

            // "Egypt urged both sides to show restraint": counted parties the document has not named are no group of
            // the context's country.
            if (CountBefore(text, group) > 0)
            {
                continue;
            }


            // An actor right before the group, or before its modifiers, that could not be joined to it qualifies it:
            // "European Community foreign ministers" are the EU's.
            var a = group.Actor;
            if (OwnerBefore(text, mentions, group.Start, tags, tagOffset) is { } owner)
            {
                if (owner.Country is null && owner.Org is null)
                {
                    continue;
                }

                mentions.Add(new ActorMention(group.Start, group.End, owner.Country, owner.Org, a.Role, $"{owner.Name} {a.Name}", [a.Entry])
                {
                    Note = $"group: '{text.Text[text.Tokens[group.Start].Start..text.Tokens[group.End - 1].EndExclusive]}' of {owner.Name}",
                    IsContextGroup = true,
                });
                continue;
            }

            var words = text.Text[text.Tokens[group.Start].Start..text.Tokens[group.End - 1].EndExclusive];
            mentions.Add(new ActorMention(group.Start, group.End, country, null, a.Role, $"{country} {a.Name}", [a.Entry])
            {
                Note = $"group: '{words}' of {country} ({from})",
                IsContextGroup = true,
            });
        }

        mentions.Sort(static (x, y) => x.Start.CompareTo(y.Start));
    }

    // "Lawmakers and officials in Atlantis and Lemuria", "the ambassadors and military attachés of Atlantis": a list of
    // agents before "of" (at the head of a clause also "in", "from") and one or more countries is each agent of each
    // country. The phrase becomes one mention whose members are the agent × country products, as a pronoun standing for
    // a list is; a single agent is left to the rules of Combine ("the ambassadors of Atlantis, Lemuria and Mu").
    private static (ActorMention Mention, int LastRaw)? AgentsOfCountries(AnalyzedText text, List<RawMatch> raw, int first, int sentenceStart)
    {
        var lastAgent = first;
        while (lastAgent + 1 < raw.Count && raw[lastAgent + 1].Actor.Entry.Kind == ActorKind.Agent && !raw[lastAgent + 1].IsTitle
            && ListContinues(text, raw[lastAgent].End, raw[lastAgent + 1].Start))
        {
            lastAgent++;
        }

        if (lastAgent == first || lastAgent + 1 >= raw.Count)
        {
            return null;
        }

        var firstCountry = lastAgent + 1;
        var agentsEnd = raw[lastAgent].End;
        var start = raw[first].Start;
        if (!IsCountryWord(raw[firstCountry].Actor.Entry.Kind) || raw[firstCountry].Start != agentsEnd + 1
            || !(IsWord(text, agentsEnd, "of")
                || ((IsWord(text, agentsEnd, "from") || IsWord(text, agentsEnd, "in"))
                    && (start == sentenceStart || IsWord(text, start - 1, ",") || IsWord(text, start - 1, ";")))))
        {
            return null;
        }

        var lastCountry = firstCountry;
        while (lastCountry + 1 < raw.Count && IsCountryWord(raw[lastCountry + 1].Actor.Entry.Kind)
            && ListContinues(text, raw[lastCountry].End, raw[lastCountry + 1].Start))
        {
            lastCountry++;
        }

        var end = raw[lastCountry].End;
        var members = new List<ActorMention>((lastAgent - first + 1) * (lastCountry - firstCountry + 1));
        for (var a = first; a <= lastAgent; a++)
        {
            for (var c = firstCountry; c <= lastCountry; c++)
            {
                var actor = WithAgent(raw[c].Actor, raw[a].Actor);
                members.Add(new ActorMention(start, end, actor.Country, actor.Org, actor.Role, actor.Name, [raw[c].Actor.Entry, raw[a].Actor.Entry])
                {
                    ExplicitCode = actor.ExplicitCode,
                });
            }
        }

        var words = text.Text[text.Tokens[start].Start..text.Tokens[end - 1].EndExclusive];
        var note = $"coordination: '{words}' is {lastAgent - first + 1} agent(s) x {lastCountry - firstCountry + 1} country(ies)";
        for (var m = 0; m < members.Count; m++)
        {
            members[m] = members[m] with { Note = note };
        }

        return (members[0] with { Members = members, Note = note }, lastCountry);
    }

    // With no country in sight, most groups ("officials", "police") name no one that can be coded. Radicals
    // ("Islamic fundamentalist leaders") and the communities named by a proper noun ("Sunnis", "Kurds", "Muslims")
    // are actors across borders: they are coded by their role alone, with CAMEO's unknown country ("---RAD", "---CVL").
    private static void AddGroupsOfNoCountry(AnalyzedText text, List<ActorMention> mentions, List<RawMatch> groups)
    {
        foreach (var group in groups)
        {
            var a = group.Actor;
            if (a.Role != "RAD" && !(a.Entry.Name.Length > 0 && char.IsUpper(a.Entry.Name[0])))
            {
                continue;
            }

            var words = text.Text[text.Tokens[group.Start].Start..text.Tokens[group.End - 1].EndExclusive];
            mentions.Add(new ActorMention(group.Start, group.End, null, null, a.Role, a.Name, [a.Entry])
            {
                Note = $"group: '{words}' of no country named",
                IsContextGroup = true,
            });
        }

        mentions.Sort(static (x, y) => x.Start.CompareTo(y.Start));
    }

    // "Armenian" + "prime minister" → ARMGOV. Imported codes are joined as TABARI joins them: actor code then agent
    // code, or agent code first for agents written "[CODE~]".
    private static ResolvedActor WithAgent(ResolvedActor actor, ResolvedActor agent)
    {
        var name = $"{actor.Name} {agent.Name}";
        if (actor.ExplicitCode is null && !agent.Entry.RoleFirst)
        {
            // "Hamas leaders", "a Taliban spokesman": the leaders and spokesmen of an armed group are that group (PSEREB),
            // not a government; "the Taliban government" says it is one.
            var groupRole = actor is { Entry.Kind: ActorKind.Organisation, Country: not null, Role: not null } && agent.Role == "GOV"
                && !GovernmentWords.Contains(agent.Entry.Name);
            return actor with { Role = groupRole ? actor.Role : agent.Role, Name = name };
        }

        var baseCode = actor.ExplicitCode ?? ActorCodes.Of(actor.Country, actor.Org, null);
        var role = agent.Role ?? string.Empty;

        // "White House officials": an actor whose code already says the role ("USAGOV") keeps it once; so does one
        // whose code starts with a role written first ("human rights activists" [NGM~] before an NGM organisation).
        if (role.Length > 0 && (agent.Entry.RoleFirst
                ? baseCode.StartsWith(role, StringComparison.Ordinal)
                : baseCode.EndsWith(role, StringComparison.Ordinal) && baseCode.Length > role.Length))
        {
            return actor with { Role = agent.Role, Name = name, ExplicitCode = baseCode };
        }

        return actor with { Role = agent.Role, Name = name, ExplicitCode = agent.Entry.RoleFirst ? role + baseCode : baseCode + role };
    }

    // The country of the first place named after "in", "at" or "near": a country name, else a town or region of the
    // gazetteer (a country name wins over a foreign town of the same name). Only looked for when a sentence has groups.
    private string? PlaceCountry(AnalyzedText text, SentenceSpan sentence, DateOnly? date)
    {
        for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive - 1; i++)
        {
            var word = text.TokenText(i);
            var where = word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase)
                || word.Equals("near", StringComparison.OrdinalIgnoreCase);

            // "The air strike on Gaza killed ten people", "shells fell into Kharkiv": a town or region struck or
            // entered is where the sentence happens too. A country after these words is a target ("sanctions on
            // Iran"), not a place, so only the gazetteer's towns and regions count after them.
            if (!where && !word.Equals("on", StringComparison.OrdinalIgnoreCase) && !word.Equals("into", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = IsWord(text, i + 1, "the") ? i + 2 : i + 1;

            // "in southern Iraq", "in the northern city of Kirkuk": a position word, and a kind of place with "of", lead to the name.
            while (start < sentence.EndTokenExclusive - 1 && PositionWords.Contains(text.TokenText(start)))
            {
                start++;
            }

            if (start < sentence.EndTokenExclusive - 2 && PlaceKinds.Contains(text.TokenText(start)) && IsWord(text, start + 1, "of"))
            {
                start += 2;
            }
            else if (Events.LocationFinder.DescribedPlaceStart(text, start, sentence.EndTokenExclusive, dictionary, out _) is var described and > 0)
            {
                // "in the restive border town of Chaman", "in the Indian state of Punjab": other words describe the place too.
                start = described;
            }

            if (start >= sentence.EndTokenExclusive || !text.Tokens[start].Has(TokenFlags.Capitalized))
            {
                continue;
            }

            if (CountryNamedAt(text, start, sentence.EndTokenExclusive) is { } country)
            {
                if (where)
                {
                    return dictionary.CountryOn(country, date);
                }
            }
            else if (places is not null && places.Match(text, start, sentence.EndTokenExclusive, out var place) > 0 && place is not null
                && CountryOfPlace(text, sentence, place) is { } placeCountry)
            {
                // A town of today's South Sudan was Sudan's before 2011.
                return dictionary.CountryOn(placeCountry, date);
            }
        }

        return null;
    }

    // The place of the gazetteer named by a capitalised word right before a metonym and the metonym ("East Jerusalem"),
    // when it is in another country than the one the metonym stands for.
    private (string Country, string Name)? PlaceAroundMetonym(AnalyzedText text, RawMatch metonym, int end, DateOnly? date)
    {
        var start = metonym.Start - 1;
        if (places is null || start < 0 || !text.Tokens[start].Has(TokenFlags.Capitalized)
            || places.Match(text, start, end, out var place) != metonym.End - start || place is null)
        {
            return null;
        }

        var country = dictionary.CountryOn(place.Country, date);
        return country == metonym.Actor.Country ? null : (country, place.Name);
    }

    // "Tripoli" is first Libya's capital, but "the north Lebanese port" or "Lebanon" in the same sentence say it is the
    // Lebanese town of that name: a country the sentence names that has a place of the name chooses it ("Pakistan's
    // Punjab", "the Indian state of Punjab").
    private string? NamedCountryOf(AnalyzedText text, SentenceSpan sentence, PlaceInfo place)
    {
        if (places is null || !places.IsAmbiguous(place))
        {
            return null;
        }

        for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive; i++)
        {
            if (!text.Tokens[i].Has(TokenFlags.Capitalized) || dictionary.Match(text, i, sentence.EndTokenExclusive, out var candidates) == 0 || candidates is null)
            {
                continue;
            }

            // Indexed: an interface's enumerator is an object.
            var entries = candidates.Entries;
            for (var k = 0; k < entries.Count; k++)
            {
                var entry = entries[k];
                if (entry.Kind is ActorKind.Country or ActorKind.CountryAdjective && entry.Country is { } country
                    && (country == place.Country || places.NameIsAlsoIn(place, country)))
                {
                    return country;
                }
            }
        }

        return null;
    }

    // "of Sindh province", "of the Gaza Strip", "of Karachi": a place of the gazetteer after "of", and its country on the date.
    private (string Country, int End)? OfPlace(AnalyzedText text, int token, SentenceSpan sentence, DateOnly? date)
    {
        var end = sentence.EndTokenExclusive;
        if (places is null || !IsWord(text, token, "of"))
        {
            return null;
        }

        var start = IsWord(text, token + 1, "the") ? token + 2 : token + 1;
        if (start >= end || !text.Tokens[start].Has(TokenFlags.Capitalized) || CountryNamedAt(text, start, end) is not null
            || places.Match(text, start, end, out var place) is var length && length == 0 || place is null)
        {
            return null;
        }

        // "Sindh province", "Kirkuk city": the kind of place after its name is part of it.
        var after = start + length;
        if (after < end && PlaceKinds.Contains(text.TokenText(after)))
        {
            after++;
        }

        return CountryOfPlace(text, sentence, place) is { } country ? (dictionary.CountryOn(country, date), after) : null;
    }

    // The country of a place of the gazetteer: the one the sentence names among those with a place of the name, else the
    // place's own; none for a region of two countries' name ("police in Punjab") that no country in the sentence decides.
    private string? CountryOfPlace(AnalyzedText text, SentenceSpan sentence, PlaceInfo place) =>
        NamedCountryOf(text, sentence, place) ?? (places!.IsUndecided(place) ? null : place.Country);

    private string? CountryNamedAt(AnalyzedText text, int start, int end)
    {
        if (dictionary.Match(text, start, end, out var candidates) > 0 && candidates is not null)
        {
            var entries = candidates.Entries;
            for (var k = 0; k < entries.Count; k++)
            {
                var entry = entries[k];
                if (entry.Kind == ActorKind.Country && entry.Country is not null)
                {
                    return entry.Country;
                }
            }
        }

        return null;
    }

    // At most three words between a possessive and its noun, none of them a preposition, clause word, pronoun,
    // punctuation or verb-like function word: "Russia's new and powerful defence minister".
    private static bool ModifiersOnly(AnalyzedText text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (text.Tokens[i].Kind != TokenKind.Word || NotModifiers.Contains(text.TokenText(i)))
            {
                return false;
            }
        }

        return true;
    }

    // Between two items of a list stands ",", "and", "or" or ", and".
    private static bool ListContinues(AnalyzedText text, int previousEnd, int nextStart) => (nextStart - previousEnd) switch
    {
        1 => IsWord(text, previousEnd, ",") || IsWord(text, previousEnd, "and") || IsWord(text, previousEnd, "or"),
        2 => IsWord(text, previousEnd, ",") && (IsWord(text, previousEnd + 1, "and") || IsWord(text, previousEnd + 1, "or")),
        _ => false,
    };

    // Whether an actor or another group ends a word or two before a group ("Refugees attacked the police").
    private static bool OwnerGapBefore(List<ActorMention> mentions, List<RawMatch> groups)
    {
        foreach (var group in groups)
        {
            foreach (var mention in mentions)
            {
                if (group.Start - mention.EndExclusive is 1 or 2)
                {
                    return true;
                }
            }

            foreach (var other in groups)
            {
                if (group.Start - other.End is 1 or 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The actor that owns a group: directly before it, or with one or two lower-case modifiers between ("foreign",
    // "military"), all in one noun phrase. A verb between ends the phrase: in "Iraqi soldiers arrested protesters" or
    // "NATO warned rebels" the actor is the subject and the group its object, not its own (the tagger says which words
    // are verbs; without tags, the words "said" and "says").
    private static ActorMention? OwnerBefore(AnalyzedText text, List<ActorMention> mentions, int token, ReadOnlySpan<CoarseTag> tags, int tagOffset)
    {
        foreach (var mention in mentions)
        {
            var gap = token - mention.EndExclusive;
            if (gap >= 0 && gap <= 2)
            {
                var modifiers = true;
                for (var k = mention.EndExclusive; k < token; k++)
                {
                    var word = text.TokenText(k);
                    modifiers &= text.Tokens[k].Kind == TokenKind.Word && !text.Tokens[k].Has(TokenFlags.Capitalized) && word.Length > 3
                        && !NotModifiers.Contains(word) && (tags.IsEmpty || tags[k - tagOffset] != CoarseTag.Verb);
                }

                if (modifiers)
                {
                    return mention;
                }
            }
        }

        return null;
    }

    // A verb whose object is the place travelled to: "visited Kyiv", "toured Beijing".
    private static bool IsVisitVerb(ReadOnlySpan<char> word) =>
        word.Equals("visit", StringComparison.OrdinalIgnoreCase) || word.Equals("visits", StringComparison.OrdinalIgnoreCase)
        || word.Equals("visited", StringComparison.OrdinalIgnoreCase) || word.Equals("visiting", StringComparison.OrdinalIgnoreCase)
        || word.Equals("toured", StringComparison.OrdinalIgnoreCase) || word.Equals("touring", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlacePreposition(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
        || word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase)
        || word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("near", StringComparison.OrdinalIgnoreCase);

    // "the pope": a title news writes in lower case after "the" names the one holder of the office, where the dictionary
    // gives that title as an alias of the holder on the date (the office's own title, so "the bush" is no Bush).
    // A title news writes in lower case for the holder that is not the office's own title ("the pontiff") is written
    // in lower case among the holder's aliases.
    private static bool IsTitleOfOffice(AnalyzedText text, int from, int start, int length, ResolvedActor resolved) =>
        start > from && length == 1 && resolved.Office is { } office
        && (text.TokenText(start).Equals(office.Title, StringComparison.OrdinalIgnoreCase) || IsLowerCaseTitleAlias(text.TokenText(start), resolved.Entry.Person));

    private static bool IsLowerCaseTitleAlias(ReadOnlySpan<char> word, Parley.Lexicon.Actors.PersonInfo? person)
    {
        if (person is null)
        {
            return false;
        }

        foreach (var alias in person.Aliases)
        {
            if (word.Equals(alias, StringComparison.Ordinal) && alias.AsSpan().IndexOfAnyInRange('A', 'Z') < 0)
            {
                return true;
            }
        }

        return false;
    }

    // A person matched by the bare title of their office ("Pope") right before a capitalised word that is no date.
    private static bool IsTitleBeforeAnotherName(AnalyzedText text, int start, int length, int end, ResolvedActor resolved) =>
        length == 1 && start + 1 < end && resolved.Office is { } office && text.Tokens[start + 1].Has(TokenFlags.Capitalized)
        && text.TokenText(start).Equals(office.Title, StringComparison.OrdinalIgnoreCase)
        && !Events.DateFinder.IsMonthOrWeekday(text.TokenText(start + 1));

    private static bool HasCapital(AnalyzedText text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var c in text.TokenText(i))
            {
                if (char.IsUpper(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCountryWord(ActorKind kind) => kind is ActorKind.Country or ActorKind.CountryAdjective or ActorKind.Organisation or ActorKind.Metonym or ActorKind.Imported;

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'S');

    private static bool IsWord(AnalyzedText text, int index, string word) =>
        index < text.Tokens.Count && text.TokenText(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotModifiers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "of", "on", "in", "at", "to", "for", "with", "by", "from", "against", "about", "over", "into", "between", "after", "before",
        "or", "but", "that", "which", "who", "when", "where", "while", "as", "if", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "not", "n't", "said", "says", "'s",
        "it", "they", "he", "she", "we", "his", "her", "its", "their")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // The people of an ethnic community named by a nationality word after "ethnic": civilians of the country where they are.
    private static readonly ActorEntry EthnicGroup = new(ActorKind.Agent, null, null, "CVL", "ethnic group", "rule: 'ethnic' before a nationality word");

    // Agent words that name a government itself rather than a person speaking or leading for someone.
    private static readonly FrozenSet<string> GovernmentWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "government", "governments", "administration", "cabinet", "ministry", "foreign ministry",
        "defence ministry", "defense ministry", "authorities", "regime", "president", "presidents", "prime minister", "premier",
        "minister", "ministers", "foreign minister", "defence minister", "defense minister", "head of state");

    // People nouns that name citizens of a country whatever their origin, so that the country word before them says the origin.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CivicDemonyms = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "Cypriot", "Cypriots", "American", "Americans", "Canadian", "Canadians", "Australian", "Australians")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PositionWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
        "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "north-eastern", "north-western",
        "south-eastern", "south-western")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceKinds = FrozenSet.Create(
        StringComparer.Ordinal, "city", "town", "village", "province", "region", "port", "capital", "district", "state", "island")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly record struct RawMatch(int Start, int End, ResolvedActor Actor, bool IsTitle = false);
}
