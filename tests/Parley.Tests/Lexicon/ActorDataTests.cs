using System.Text;
using Parley.Lexicon;
using Parley.Lexicon.Actors;
using Parley.Testing;

namespace Parley.Tests.Lexicon;

/// <summary>The actor data files: they parse, their intervals are well-formed, the compiled file matches them, and they load fast.</summary>
public sealed class ActorDataTests
{
    private static readonly Lazy<ActorKnowledgeBase> FromSource = new(() =>
    {
        var reader = new ActorSourceReader();
        var root = RepositoryPaths.InRepo("data");
        var files = new[] { "actors/countries.txt", "actors/organisations.txt", "actors/agents.txt" }
            .Concat(Directory.GetFiles(Path.Combine(root, "actors", "people"), "*.txt").Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            reader.Read(File.ReadAllText(Path.Combine(root, file), Encoding.UTF8), file);
        }

        return reader.Build("source");
    });

    [Fact]
    public void EveryDataFileParsesAndMeetsTheSizeTargets()
    {
        var kb = FromSource.Value;
        Assert.True(kb.Countries.Count >= 190, $"{kb.Countries.Count} countries");
        Assert.True(kb.Organisations.Count(o => o.Members.Count > 0) >= 60, "organisations with memberships");
        Assert.True(kb.People.Count(p => p.Roles.Count > 0) >= 1500, $"{kb.People.Count} people");
    }

    [Fact]
    public void EveryRoleIntervalIsWellFormedAndOfficesDoNotOverlap()
    {
        var problems = new List<string>();
        foreach (var person in FromSource.Value.People)
        {
            foreach (var role in person.Roles)
            {
                if (role.When.End is { } end && end < role.When.Start)
                {
                    problems.Add($"{role.Source}: {person.Name} ends before starting");
                }
            }

            foreach (var office in person.Roles.GroupBy(r => (r.Actor, r.Title)))
            {
                var ordered = office.OrderBy(r => r.When.Start).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    if (ordered[i - 1].When.End is not { } previousEnd || ordered[i].When.Start < previousEnd)
                    {
                        problems.Add($"{ordered[i].Source}: {person.Name}'s '{office.Key.Title}' overlaps the interval at {ordered[i - 1].Source}");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void EveryMembershipIntervalIsWellFormed()
    {
        foreach (var org in FromSource.Value.Organisations)
        {
            Assert.All(org.Members, m => Assert.True(m.When.End is null || m.When.End >= m.When.Start, $"{org.Source}: {m.Country}"));
        }
    }

    [Fact]
    public void CompiledFileMatchesTheSourceFiles()
    {
        // tools/update-data must be rerun after editing data/actors; this test says so when it was not.
        var compiled = ActorKnowledgeBase.Default;
        var source = FromSource.Value;
        Assert.Equal(source.Countries.Count, compiled.Countries.Count);
        Assert.Equal(source.Organisations.Count, compiled.Organisations.Count);
        Assert.Equal(source.People.Count, compiled.People.Count);
        Assert.Equal(source.People.Sum(p => p.Roles.Count), compiled.People.Sum(p => p.Roles.Count));
        Assert.Equal(source.People.Select(p => p.Name), compiled.People.Select(p => p.Name));
    }

    [Fact]
    public void MembershipsAnswerWhetherACountryWasAMemberOnADate()
    {
        var csto = ActorKnowledgeBase.Default.OrganisationById["CSTO"];
        Assert.True(csto.IsMemberOn("ARM", new DateOnly(2022, 9, 13)));
        Assert.True(csto.IsMemberOn("AZE", new DateOnly(1995, 1, 1)));
        Assert.False(csto.IsMemberOn("AZE", new DateOnly(2022, 9, 13)));
        Assert.False(csto.IsMemberOn("GEO", new DateOnly(2008, 8, 8)));
        Assert.True(csto.IsMemberOn("UZB", new DateOnly(2008, 1, 1)));
        Assert.False(csto.IsMemberOn("UZB", new DateOnly(2014, 1, 1)));
    }

    [Fact]
    public void PhoenixCrossCheckDisagreementsAreAllReviewed()
    {
        var reference = RepositoryPaths.SharedReference;
        if (reference is null)
        {
            Assert.False(RepositoryPaths.InCi, "../shared/reference is missing in CI.");
            return;
        }

        var disagreements = PhoenixCrossCheck.Run(Path.Combine(reference, "petrarch2", "Phoenix.Countries.actors.txt"), ActorKnowledgeBase.Default);
        // Reviewed disagreements: "Name | Phoenix code and interval | start or end | reason", one per line, in
        // data/actors/review/phoenix-crosscheck*.txt (one file per people file).
        var reviewDirectory = RepositoryPaths.InRepo("data", "actors", "review");
        var reviewed = Directory.Exists(reviewDirectory)
            ? Directory.GetFiles(reviewDirectory, "phoenix-crosscheck*.txt").SelectMany(File.ReadLines)
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => string.Join(" | ", l.Split(" | ").Take(3))).ToHashSet(StringComparer.Ordinal)
            : [];
        var unreviewed = disagreements.Where(d => !reviewed.Contains(d.Id)).Select(d => d.ToString()).ToList();
        if (Environment.GetEnvironmentVariable("PARLEY_WRITE_CROSSCHECK") is { Length: > 0 } output)
        {
            File.WriteAllLines(output, disagreements.Select(d => d.ToString()));
        }

        Assert.True(unreviewed.Count == 0, $"{unreviewed.Count} of {disagreements.Count} disagreements with Phoenix are not reviewed in data/actors/review/phoenix-crosscheck*.txt:\n" + string.Join("\n", unreviewed.Take(50)));
    }
}
