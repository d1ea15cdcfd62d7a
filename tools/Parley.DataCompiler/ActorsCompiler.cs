using System.Text;
using Parley.Data;
using Parley.Lexicon.Actors;

namespace Parley.DataCompiler;

/// <summary>
/// Compiles data/actors (countries.txt, organisations.txt, agents.txt, people/*.txt) into actors.pdat.
/// </summary>
/// <remarks>
/// Fields of the "actors" data file (ids in <see cref="ActorKnowledgeBaseFile"/>). Integers are i32; a string
/// is an index into the pool (−1 for none); a list is a count followed by its items; a date is a day number
/// (<see cref="DateOnly.DayNumber"/>), −1 for an open end.
/// <code>
/// 1 Strings        count, then each string (length-prefixed UTF-8), sorted ordinally
/// 2 Countries      count, then per country: code, name, aliases[], adjectives[], capital?, metonyms[], source
/// 3 Organisations  count, then: id, name, aliases[], type, country?, role?, parent?,
///                  members[] (country, start, end, bool observer), source
/// 4 People         count, then: name, aliases[], country?, roles[] (start, end, actor, role, title, source), source
/// 5 Agents         count, then: role, words[], source
/// 6 CountryOrigins count, then per country founded from another: code, founded (day number), formerly
/// </code>
/// Entries keep file order (files sorted by name), so the output is byte-identical for identical inputs.
/// </remarks>
internal static class ActorsCompiler
{
    public static string Compile(string dataDir, string outputPath)
    {
        var actorsDir = Path.Combine(dataDir, "actors");
        var files = new[] { "countries.txt", "organisations.txt", "agents.txt" }.Select(f => Path.Combine(actorsDir, f))
            .Concat(Directory.GetFiles(Path.Combine(actorsDir, "people"), "*.txt").Order(StringComparer.Ordinal))
            .Select(InputFile.Open).ToList();
        var reader = new ActorSourceReader();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(dataDir, file.Path).Replace('\\', '/');
            try
            {
                reader.Read(File.ReadAllText(file.Path, Encoding.UTF8), relative);
            }
            catch (InvalidDataFileException e)
            {
                throw new CompilerInputException(e.Message);
            }
        }

        var versionId = "actors 1; " + string.Join("; ", files.Select(f => f.Provenance));
        ActorKnowledgeBase kb;
        try
        {
            kb = reader.Build(versionId);
        }
        catch (InvalidDataFileException e)
        {
            throw new CompilerInputException(e.Message);
        }

        Write(kb, outputPath);
        var check = ActorKnowledgeBaseFile.Read(DataFileReader.Open(File.ReadAllBytes(outputPath), outputPath, ActorKnowledgeBaseFile.Kind));
        if (check.People.Count != kb.People.Count || check.Countries.Count != kb.Countries.Count || check.Organisations.Count != kb.Organisations.Count)
        {
            throw new CompilerInputException($"{outputPath}: read back different counts than written.");
        }

        return $"actors: {kb.Countries.Count} countries, {kb.Organisations.Count} organisations, {kb.People.Count} people with "
            + $"{kb.People.Sum(p => p.Roles.Count)} dated roles, {kb.Agents.Sum(a => a.Words.Count)} agent words, written to {outputPath}";
    }

    private static void Write(ActorKnowledgeBase kb, string outputPath)
    {
        var strings = new SortedSet<string>(StringComparer.Ordinal);
        void Collect(string? s)
        {
            if (s is not null)
            {
                strings.Add(s);
            }
        }

        foreach (var c in kb.Countries)
        {
            Collect(c.Code); Collect(c.Name); Collect(c.Capital); Collect(c.Source); Collect(c.Formerly);
            c.Aliases.Concat(c.Adjectives).Concat(c.Metonyms).ToList().ForEach(Collect);
        }

        foreach (var o in kb.Organisations)
        {
            Collect(o.Id); Collect(o.Name); Collect(o.Type); Collect(o.Country); Collect(o.Role); Collect(o.Parent); Collect(o.Source);
            o.Aliases.ToList().ForEach(Collect);
            o.Members.Select(m => m.Country).ToList().ForEach(Collect);
        }

        foreach (var p in kb.People)
        {
            Collect(p.Name); Collect(p.Country); Collect(p.Source);
            p.Aliases.ToList().ForEach(Collect);
            foreach (var r in p.Roles)
            {
                Collect(r.Actor); Collect(r.Role); Collect(r.Title); Collect(r.Source);
            }
        }

        foreach (var a in kb.Agents)
        {
            Collect(a.Role); Collect(a.Source);
            a.Words.ToList().ForEach(Collect);
        }

        var pool = strings.ToArray();
        var index = pool.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using var stream = File.Create(outputPath);
        using var writer = new DataFileWriter(stream, ActorKnowledgeBaseFile.Kind, kb.VersionId);
        writer.WriteField(ActorKnowledgeBaseFile.Strings, w =>
        {
            w.Write(pool.Length);
            foreach (var s in pool)
            {
                w.Write(s);
            }
        });

        void S(BinaryWriter w, string? s) => w.Write(s is null ? ActorKnowledgeBaseFile.None : index[s]);
        void L(BinaryWriter w, IReadOnlyList<string> list)
        {
            w.Write(list.Count);
            foreach (var s in list)
            {
                S(w, s);
            }
        }

        void D(BinaryWriter w, Interval when)
        {
            w.Write(when.Start.DayNumber);
            w.Write(when.End?.DayNumber ?? ActorKnowledgeBaseFile.None);
        }

        writer.WriteField(ActorKnowledgeBaseFile.Countries, w =>
        {
            w.Write(kb.Countries.Count);
            foreach (var c in kb.Countries)
            {
                S(w, c.Code); S(w, c.Name); L(w, c.Aliases); L(w, c.Adjectives); S(w, c.Capital); L(w, c.Metonyms); S(w, c.Source);
            }
        });
        writer.WriteField(ActorKnowledgeBaseFile.Organisations, w =>
        {
            w.Write(kb.Organisations.Count);
            foreach (var o in kb.Organisations)
            {
                S(w, o.Id); S(w, o.Name); L(w, o.Aliases); S(w, o.Type); S(w, o.Country); S(w, o.Role); S(w, o.Parent);
                w.Write(o.Members.Count);
                foreach (var m in o.Members)
                {
                    S(w, m.Country); D(w, m.When); w.Write(m.Observer);
                }

                S(w, o.Source);
            }
        });
        writer.WriteField(ActorKnowledgeBaseFile.People, w =>
        {
            w.Write(kb.People.Count);
            foreach (var p in kb.People)
            {
                S(w, p.Name); L(w, p.Aliases); S(w, p.Country);
                w.Write(p.Roles.Count);
                foreach (var r in p.Roles)
                {
                    D(w, r.When); S(w, r.Actor); S(w, r.Role); S(w, r.Title); S(w, r.Source);
                }

                S(w, p.Source);
            }
        });
        writer.WriteField(ActorKnowledgeBaseFile.Agents, w =>
        {
            w.Write(kb.Agents.Count);
            foreach (var a in kb.Agents)
            {
                S(w, a.Role); L(w, a.Words); S(w, a.Source);
            }
        });
        var founded = kb.Countries.Where(c => c.Founded is not null).ToList();
        if (founded.Count > 0)
        {
            writer.WriteField(ActorKnowledgeBaseFile.CountryOrigins, w =>
            {
                w.Write(founded.Count);
                foreach (var c in founded)
                {
                    S(w, c.Code); w.Write(c.Founded!.Value.DayNumber); S(w, c.Formerly);
                }
            });
        }
    }
}
