using System.Globalization;
using Parley.Ontology;
using Parley.Testing;

namespace Parley.Tests.Ontology;

public sealed class CodebookTests
{
    [Fact]
    public void BuiltInCodebookHasEveryCodeOfGdeltsTable()
    {
        // Checked against ../shared/reference/cameo when it is present (it is in CI).
        var reference = RepositoryPaths.SharedReference;
        if (reference is null)
        {
            Assert.False(RepositoryPaths.InCi, "../shared/reference is missing in CI.");
            return;
        }

        var codes = File.ReadLines(Path.Combine(reference, "cameo", "CAMEO.eventcodes.txt")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')[0]).ToList();
        var goldstein = File.ReadLines(Path.Combine(reference, "cameo", "CAMEO.goldsteinscale.txt")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        Assert.Equal(311, codes.Count);
        foreach (var code in codes)
        {
            Assert.True(Codebook.Default.TryGet(code, out var info), $"code {code} is missing");
            Assert.Equal(goldstein[code], info.Goldstein);
            var root = int.Parse(code[..2], CultureInfo.InvariantCulture);
            var expectedQuad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.Equal(expectedQuad, (int)info.QuadClass);
        }

        Assert.Equal(codes.Count, Codebook.Default.Codes.Count);
    }

    [Theory]
    [InlineData("045", "Mediate", 5.0, QuadClass.VerbalCooperation, PloverType.Consult)]
    [InlineData("112", "Accuse, not specified below", -2.0, QuadClass.VerbalConflict, PloverType.Accuse)]
    [InlineData("190", "Use conventional military force, not specified below", -10.0, QuadClass.MaterialConflict, PloverType.Assault)]
    [InlineData("010", "Make statement, not specified below", 0.0, QuadClass.VerbalCooperation, PloverType.None)]
    [InlineData("044", "Meet at a \"third\" location", 2.5, QuadClass.VerbalCooperation, PloverType.Consult)]
    [InlineData("105", "Demand that target yields", -5.0, QuadClass.VerbalConflict, PloverType.Request)]
    [InlineData("106", "Demand meeting, negotiation", -5.0, QuadClass.VerbalConflict, PloverType.Request)]
    [InlineData("108", "Demand mediation", -5.0, QuadClass.VerbalConflict, PloverType.Request)]
    public void KnowsNamesGoldsteinQuadClassAndPlover(string code, string name, double goldstein, QuadClass quad, PloverType plover)
    {
        var info = Codebook.Default.Get(code);
        Assert.Equal(name, info.Name);
        Assert.Equal(goldstein, info.Goldstein);
        Assert.Equal(quad, info.QuadClass);
        Assert.Equal(plover, info.Plover);
    }

    [Fact]
    public void GoldsteinTablesDifferWhereTheReferenceSaysTheyDo()
    {
        Assert.Equal(-2.0, Codebook.Default.Get("016").Goldstein);
        Assert.Equal(-5.0, Codebook.Default.Get("016").GoldsteinIcews);
    }

    [Fact]
    public void VersionIdRecordsTheSourceFiles()
    {
        Assert.Contains("CAMEO.eventcodes.txt sha256=", Codebook.Default.VersionId, StringComparison.Ordinal);
        Assert.Contains("CAMEO2PLOVER-2021.txt sha256=", Codebook.Default.VersionId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0451", true)]
    [InlineData("21", false)]
    [InlineData("00", false)]
    [InlineData("1", false)]
    [InlineData("12345", false)]
    [InlineData("04a", false)]
    public void CameoCodeShapeIsChecked(string text, bool valid)
    {
        Assert.Equal(valid, CameoCode.TryParse(text, out _));
    }

    [Fact]
    public void UnknownCodeNamesTheCodeInTheError()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Codebook.Default.Get("099"));
        Assert.Contains("'099'", error.Message, StringComparison.Ordinal);
    }
}
