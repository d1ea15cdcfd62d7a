using Parley.Events;

namespace Parley.Tests.Events;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void ResultsComeInInputOrder(int threads)
    {
        // Given items whose work takes uneven time; When they run on several threads
        var results = OrderedParallel.Select(Enumerable.Range(0, 2000), i =>
        {
            var spin = (i * 7919) % 500;
            var sum = 0L;
            for (var k = 0; k < spin; k++)
            {
                sum += k;
            }

            return (i, sum);
        }, threads).Select(r => r.i).ToList();

        // Then the results are in input order, none lost
        Assert.Equal(Enumerable.Range(0, 2000), results);
    }

    [Fact]
    public void AnExceptionReachesTheCallerInItsPlace()
    {
        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var value in OrderedParallel.Select(Enumerable.Range(0, 500), i => i == 300 ? throw new InvalidOperationException("item 300") : i, 2))
            {
                seen.Add(value);
            }
        });

        Assert.Equal("item 300", error.Message);
        Assert.Equal(Enumerable.Range(0, 300), seen);
    }

    [Fact]
    public void StoppingEarlyEndsTheWorkers()
    {
        var first = OrderedParallel.Select(Enumerable.Range(0, 1_000_000), i => i * 2, 2).Take(10).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 2), first);
    }

    [Fact]
    public void ThreadsOutOfRangeAreRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => OrderedParallel.Select(new[] { 1 }, i => i, 0));
        Assert.Contains("[1-256]", error.Message, StringComparison.Ordinal);
    }
}
