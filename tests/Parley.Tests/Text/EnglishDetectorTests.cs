using Parley.Text;

namespace Parley.Tests.Text;

public sealed class EnglishDetectorTests
{
    [Theory]
    [InlineData("Armenia and Azerbaijan agreed on Tuesday to continue talks on a peace treaty after a meeting of their foreign ministers in Washington.")]
    [InlineData("Russia attacked.")]
    public void AcceptsEnglishNews(string text)
    {
        Assert.True(EnglishDetector.LooksEnglish(AnalyzedText.Analyze(text), out _));
    }

    [Theory]
    [InlineData("Die Außenminister Armeniens und Aserbaidschans haben sich am Dienstag in Washington getroffen, um über einen Friedensvertrag zu verhandeln.")]
    [InlineData("Les ministres des Affaires étrangères de l'Arménie et de l'Azerbaïdjan se sont réunis mardi à Washington pour négocier un traité de paix.")]
    [InlineData("Министры иностранных дел Армении и Азербайджана встретились во вторник в Вашингтоне.")]
    [InlineData("Los cancilleres de Armenia y Azerbaiyán se reunieron el martes en Washington para negociar un tratado de paz duradero.")]
    public void RejectsOtherLanguages(string text)
    {
        Assert.False(EnglishDetector.LooksEnglish(AnalyzedText.Analyze(text), out var share));
        Assert.True(share < EnglishDetector.MinFunctionWordShare);
    }
}
