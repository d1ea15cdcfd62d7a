using Parley.Evaluation;
using Parley.Events;
using Parley.Text;
namespace Parley.Tests.Evaluation;
public sealed class TmpDebugTests
{
    [Fact]
    public void Dump()
    {
        var dir = "/work/shared/reference/tabari/";
        var c = SuiteDictionaries.Build([dir + "TABARI.Demo.actors", dir + "Validate.agents"], dir + "TABARI.Demo.verbs", SuiteDictionaries.VerbFormat.Tabari).Coder.WithTabariOptions(false, null, false, false);
        var all = new List<string>();
        foreach (var t in File.ReadAllLines("/tmp/tabdbg/sentences.txt"))
        {
            var r = c.Code(new SourceDocument("t", t, new DateOnly(1995, 1, 1), null, null, null, "test"));
            all.Add(t + " => " + string.Join(" | ", r.Events.Select(e => $"{e.Source.Code} {e.Target?.Code} {e.Code.Code} {e.Modality} verb={e.Explanation.VerbText} {string.Join("; ", e.Explanation.Rules)}")));
        }
        File.WriteAllLines("/tmp/tabdbg/out.txt", all);
    }
}
