using Parley.Data;

namespace Parley.Lexicon.Actors;

/// <summary>
/// Reads Parley's reviewable actor files (data/actors/FORMAT.md): countries, organisations, people and agents.
/// Errors name the file and line. People listed in several files under one canonical name are merged.
/// </summary>
public sealed class ActorSourceReader
{
    private readonly List<CountryInfo> _countries = [];
    private readonly List<OrganisationInfo> _organisations = [];
    private readonly List<AgentInfo> _agents = [];
    private readonly Dictionary<string, int> _personIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PersonInfo> _people = [];

    /// <summary>Reads one file; the kind of each block is given by its header ("country", "org", "person", "agent").</summary>
    public void Read(string text, string fileName)
    {
        foreach (var block in BlockFile.Parse(text, fileName))
        {
            switch (block.Kind)
            {
                case "country":
                    _countries.Add(ReadCountry(block));
                    break;
                case "org":
                    _organisations.Add(ReadOrganisation(block));
                    break;
                case "person":
                    AddPerson(ReadPerson(block));
                    break;
                case "agent":
                    _agents.Add(new AgentInfo(block.Value, [.. block.All("word")], block.Location));
                    break;
                default:
                    throw new InvalidDataFileException($"{block.Location}: unknown block kind '{block.Kind}:' (expected country, org, person or agent).");
            }
        }
    }

    /// <summary>Checks references between files and returns the knowledge base.</summary>
    /// <exception cref="InvalidDataFileException">A role or membership names an unknown country or organisation, or ids collide.</exception>
    public ActorKnowledgeBase Build(string versionId)
    {
        var countries = _countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var organisations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in _countries.GroupBy(c => c.Code).Where(g => g.Count() > 1))
        {
            throw new InvalidDataFileException($"{country.Last().Source}: country {country.Key} is defined twice (also at {country.First().Source}).");
        }

        foreach (var country in _countries.Where(c => c.Formerly is { } former && (former == c.Code || !countries.Contains(former))))
        {
            throw new InvalidDataFileException($"{country.Source}: 'formerly: {country.Formerly}' of {country.Code} is not another country's code.");
        }

        foreach (var org in _organisations)
        {
            if (countries.Contains(org.Id))
            {
                throw new InvalidDataFileException($"{org.Source}: organisation id '{org.Id}' is also a country code.");
            }

            if (!organisations.Add(org.Id))
            {
                throw new InvalidDataFileException($"{org.Source}: organisation '{org.Id}' is defined twice.");
            }
        }

        bool Known(string code) => countries.Contains(code) || organisations.Contains(code);
        foreach (var org in _organisations)
        {
            // Members are countries, or organisations that join as such (the EU in the WTO, the AU in the G20).
            foreach (var member in org.Members.Where(m => !Known(m.Country)))
            {
                throw new InvalidDataFileException($"{org.Source}: member '{member.Country}' of {org.Id} is neither a country code nor an organisation id.");
            }

            if (org.Parent is { } parent && !organisations.Contains(parent))
            {
                throw new InvalidDataFileException($"{org.Source}: parent '{parent}' of {org.Id} is not an organisation.");
            }

            if (org.Country is { } home && !countries.Contains(home))
            {
                throw new InvalidDataFileException($"{org.Source}: country '{home}' of {org.Id} is not a country code.");
            }
        }

        foreach (var person in _people)
        {
            if (person.Country is { } home && !countries.Contains(home))
            {
                throw new InvalidDataFileException($"{person.Source}: country '{home}' of {person.Name} is not a country code.");
            }

            foreach (var role in person.Roles.Where(r => !Known(r.Actor)))
            {
                throw new InvalidDataFileException($"{role.Source}: '{role.Actor}' is neither a country code nor an organisation id.");
            }
        }

        return new ActorKnowledgeBase(_countries, _organisations, _people, _agents, versionId);
    }

    private static CountryInfo ReadCountry(DataBlock block)
    {
        var code = block.Value;
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new InvalidDataFileException($"{block.Location}: '{code}' is not a three-letter country code.");
        }

        var name = block.Single("name") ?? throw new InvalidDataFileException($"{block.Location}: country {code} has no 'name:'.");
        var founded = block.Single("founded");
        var formerly = block.Single("formerly");
        if ((founded is null) != (formerly is null))
        {
            throw new InvalidDataFileException($"{block.Location}: country {code} needs both 'founded:' and 'formerly:' or neither.");
        }

        return new CountryInfo(
            code,
            name,
            [.. block.All("alias")],
            [.. block.All("adjective").Concat(block.All("demonym"))],
            block.Single("capital"),
            [.. block.All("metonym")],
            block.Location)
        {
            Founded = founded is null ? null : PartialDate.Parse(founded, isEnd: false, block.Location),
            Formerly = formerly,
        };
    }

    private static OrganisationInfo ReadOrganisation(DataBlock block)
    {
        var id = block.Value;
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            throw new InvalidDataFileException($"{block.Location}: organisation id '{id}' must be upper-case letters and digits.");
        }

        var name = block.Single("name") ?? throw new InvalidDataFileException($"{block.Location}: organisation {id} has no 'name:'.");
        var type = block.Single("type") ?? throw new InvalidDataFileException($"{block.Location}: organisation {id} has no 'type:'.");
        if (type is not ("IGO" or "NGO" or "MNC" or "NSA"))
        {
            throw new InvalidDataFileException($"{block.Location}: type '{type}' of {id} is not IGO, NGO, MNC or NSA.");
        }

        var members = new List<Membership>();
        foreach (var field in block.Fields.Where(f => f.Name is "member" or "observer"))
        {
            var where = $"{block.FileName}:{field.LineNumber}";
            var space = field.Value.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new InvalidDataFileException($"{where}: expected '{field.Name}: CODE START ..[ END]'.");
            }

            var (interval, rest) = PartialDate.ParseInterval(field.Value[(space + 1)..], where);
            if (rest.Length > 0)
            {
                throw new InvalidDataFileException($"{where}: unexpected text '{rest}' after the interval.");
            }

            members.Add(new Membership(field.Value[..space], interval, field.Name == "observer"));
        }

        // A transnational group (role IMG, such as al-Qaeda) belongs to no one country.
        if (type == "NSA" && (block.Single("role") is not { } groupRole || (block.Single("country") is null && groupRole != "IMG")))
        {
            throw new InvalidDataFileException($"{block.Location}: the armed group {id} needs 'country:' and 'role:' (a transnational group, role IMG, no country).");
        }

        return new OrganisationInfo(id, name, [.. block.All("alias")], type, block.Single("country"), block.Single("role"), block.Single("parent"), members, block.Location);
    }

    private static PersonInfo ReadPerson(DataBlock block)
    {
        var roles = new List<RoleInterval>();
        foreach (var field in block.Fields.Where(f => f.Name == "role"))
        {
            var where = $"{block.FileName}:{field.LineNumber}";
            var (interval, rest) = PartialDate.ParseInterval(field.Value, where);
            var parts = rest.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 3 || parts[1].Length != 3 || !parts[1].All(char.IsAsciiLetterUpper))
            {
                throw new InvalidDataFileException($"{where}: expected 'role: START .. END  ACTOR  ROLE  TITLE', got '{field.Value}'.");
            }

            roles.Add(new RoleInterval(interval, parts[0], parts[1], parts[2], where));
        }

        return new PersonInfo(block.Value, [.. block.All("alias")], block.Single("country"), roles, block.Location);
    }

    private void AddPerson(PersonInfo person)
    {
        if (!_personIndex.TryGetValue(person.Name, out var index))
        {
            _personIndex[person.Name] = _people.Count;
            _people.Add(person);
            return;
        }

        // The same person listed in two files (a minister in a regional file, an organisation post in another): one entry.
        var existing = _people[index];
        var roles = existing.Roles.Concat(person.Roles)
            .DistinctBy(r => (r.When, r.Actor, r.Role, r.Title))
            .OrderBy(r => r.When.Start).ToList();
        _people[index] = existing with
        {
            Aliases = [.. existing.Aliases.Concat(person.Aliases).Distinct(StringComparer.OrdinalIgnoreCase)],
            Country = existing.Country ?? person.Country,
            Roles = roles,
        };
    }
}
