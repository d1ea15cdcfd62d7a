using Parley.Data;

namespace Parley.Lexicon.Actors;

/// <summary>
/// Reads the compiled actor knowledge base ("actors" data file). The layout is documented on its writer,
/// tools/Parley.DataCompiler/ActorsCompiler.cs; all strings are indices into the string pool (field 1).
/// </summary>
public static class ActorKnowledgeBaseFile
{
    /// <summary>The data-file kind.</summary>
    public const string Kind = "actors";

    /// <summary>Field: the string pool.</summary>
    public const ushort Strings = 1;

    /// <summary>Field: countries.</summary>
    public const ushort Countries = 2;

    /// <summary>Field: organisations.</summary>
    public const ushort Organisations = 3;

    /// <summary>Field: people.</summary>
    public const ushort People = 4;

    /// <summary>Field: agents.</summary>
    public const ushort Agents = 5;

    /// <summary>Field: countries that were part of another before a date (written only when some are; older readers skip it).</summary>
    public const ushort CountryOrigins = 6;

    /// <summary>Marks an absent string or an open date.</summary>
    public const int None = -1;

    /// <summary>Reads a knowledge base.</summary>
    public static ActorKnowledgeBase Read(DataFileReader file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string[] pool = [];
        var countries = new List<CountryInfo>();
        var organisations = new List<OrganisationInfo>();
        var people = new List<PersonInfo>();
        var agents = new List<AgentInfo>();
        var origins = new Dictionary<string, (DateOnly Founded, string Formerly)>(StringComparer.Ordinal);
        file.ReadFields((tag, r) =>
        {
            string S() => pool[r.ReadInt32()];
            string? N()
            {
                var i = r.ReadInt32();
                return i == None ? null : pool[i];
            }

            string[] List()
            {
                var items = new string[r.ReadInt32()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = S();
                }

                return items;
            }

            Interval When()
            {
                var start = DateOnly.FromDayNumber(r.ReadInt32());
                var end = r.ReadInt32();
                return new Interval(start, end == None ? null : DateOnly.FromDayNumber(end));
            }

            switch (tag)
            {
                case Strings:
                    pool = new string[r.ReadInt32()];
                    for (var i = 0; i < pool.Length; i++)
                    {
                        pool[i] = r.ReadString();
                    }

                    break;
                case Countries:
                    for (var n = r.ReadInt32(); n > 0; n--)
                    {
                        countries.Add(new CountryInfo(S(), S(), List(), List(), N(), List(), S()));
                    }

                    break;
                case Organisations:
                    for (var n = r.ReadInt32(); n > 0; n--)
                    {
                        var (id, name, aliases, type, country, role, parent) = (S(), S(), List(), S(), N(), N(), N());
                        var members = new Membership[r.ReadInt32()];
                        for (var i = 0; i < members.Length; i++)
                        {
                            members[i] = new Membership(S(), When(), r.ReadBoolean());
                        }

                        organisations.Add(new OrganisationInfo(id, name, aliases, type, country, role, parent, members, S()));
                    }

                    break;
                case People:
                    for (var n = r.ReadInt32(); n > 0; n--)
                    {
                        var (name, aliases, country) = (S(), List(), N());
                        var roles = new RoleInterval[r.ReadInt32()];
                        for (var i = 0; i < roles.Length; i++)
                        {
                            roles[i] = new RoleInterval(When(), S(), S(), S(), S());
                        }

                        people.Add(new PersonInfo(name, aliases, country, roles, S()));
                    }

                    break;
                case Agents:
                    for (var n = r.ReadInt32(); n > 0; n--)
                    {
                        agents.Add(new AgentInfo(S(), List(), S()));
                    }

                    break;
                case CountryOrigins:
                    for (var n = r.ReadInt32(); n > 0; n--)
                    {
                        var code = S();
                        origins[code] = (DateOnly.FromDayNumber(r.ReadInt32()), S());
                    }

                    break;
            }
        });

        if (countries.Count == 0)
        {
            throw new InvalidDataFileException($"{file.Source} has no countries.");
        }

        for (var i = 0; i < countries.Count; i++)
        {
            if (origins.TryGetValue(countries[i].Code, out var origin))
            {
                countries[i] = countries[i] with { Founded = origin.Founded, Formerly = origin.Formerly };
            }
        }

        return new ActorKnowledgeBase(countries, organisations, people, agents, file.VersionId);
    }
}
