namespace Parley.Lexicon.Actors;

/// <summary>Chooses the office a person held on a date.</summary>
public static class PersonRoles
{
    /// <summary>
    /// The office held on <paramref name="date"/>; with several, the most senior (head of state or government,
    /// then foreign and defence ministers, then other government posts, then the rest). With no date, the office
    /// that started last. <c>null</c> when the person held no office on the date.
    /// </summary>
    public static RoleInterval? OfficeOn(PersonInfo person, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(person);
        RoleInterval? best = null;
        foreach (var role in person.Roles)
        {
            if (date is { } d ? !role.When.Contains(d) : best is not null && role.When.Start < best.When.Start)
            {
                continue;
            }

            if (best is null || (date is null && role.When.Start > best.When.Start) || (date is not null && Seniority(role) > Seniority(best)))
            {
                best = role;
            }
        }

        return best;
    }

    /// <summary>Higher is more senior.</summary>
    public static int Seniority(RoleInterval role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var title = role.Title;
        bool Has(string word) => title.Contains(word, StringComparison.OrdinalIgnoreCase);
        if (Has("vice") || Has("deputy") || Has("acting"))
        {
            return role.Role == "GOV" ? 3 : 1;
        }

        if (Has("president") || Has("prime minister") || Has("chancellor") || Has("king") || Has("queen") || Has("emir")
            || Has("supreme leader") || Has("premier") || Has("secretary-general") || Has("secretary general") || Has("leader"))
        {
            return 6;
        }

        if (Has("foreign") || Has("defen") || Has("secretary of state"))
        {
            return 5;
        }

        return role.Role == "GOV" ? 4 : 2;
    }
}
