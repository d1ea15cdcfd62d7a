namespace Parley.Events;

/// <summary>
/// Applies a function to a sequence on several worker threads and yields the results in input order, with a
/// bounded number of items in flight. Documents are independent, so coding them this way gives the same output
/// as coding them one after another.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Items in flight per worker: enough to hide an uneven document, small enough to bound memory.</summary>
    public const int WindowPerThread = 32;

    /// <summary>
    /// Yields <paramref name="selector"/> of each item of <paramref name="source"/>, in the order of
    /// <paramref name="source"/>. With one thread the work runs on the caller's thread, item by item. With more,
    /// <paramref name="threads"/> workers take items from <paramref name="source"/> (read under a lock, so it need
    /// not be thread-safe) and the caller receives the results in order. An exception in <paramref name="selector"/>
    /// stops the workers and is rethrown to the caller when its item's turn comes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is not in [1-256].</exception>
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        if (threads is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(threads), threads, $"threads is {threads}; it should be in range [1-256].");
        }

        return threads == 1 ? Sequential(source, selector, cancellationToken) : Parallel(source, selector, threads, cancellationToken);
    }

    /// <summary>The number of threads to use by default: one per processor.</summary>
    public static int DefaultThreads => Environment.ProcessorCount;

    private static IEnumerable<TResult> Sequential<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, CancellationToken cancellationToken)
    {
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return selector(item);
        }
    }

    private static IEnumerable<TResult> Parallel<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, int threads, CancellationToken cancellationToken)
    {
        var state = new State<TSource, TResult>(source.GetEnumerator(), selector, threads * WindowPerThread, cancellationToken);
        var workers = new Thread[threads];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(state.Work) { IsBackground = true, Name = $"parley-worker-{i + 1}" };
            workers[i].Start();
        }

        try
        {
            for (long next = 0; ; next++)
            {
                if (!state.TryTake(next, out var result))
                {
                    yield break;
                }

                yield return result;
            }
        }
        finally
        {
            state.Stop();
            foreach (var worker in workers)
            {
                worker.Join();
            }

            state.Dispose();
        }
    }

    private sealed class State<TSource, TResult>(IEnumerator<TSource> source, Func<TSource, TResult> selector, int window, CancellationToken cancellationToken) : IDisposable
    {
        private readonly object _gate = new(); // a Monitor: workers and the caller wait and pulse on it
        private readonly Dictionary<long, (TResult Value, Exception? Error)> _done = [];
        private long _taken;
        private long _total = -1; // known once the source is exhausted
        private long _consumed;
        private bool _stopped;

        public void Work()
        {
            while (true)
            {
                TSource item;
                long sequence;
                lock (_gate)
                {
                    // Bound the items in flight: wait while the caller is `window` items behind.
                    while (!_stopped && _total < 0 && _taken - _consumed >= window)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopped || _total >= 0)
                    {
                        return;
                    }

                    bool more;
                    try
                    {
                        more = !cancellationToken.IsCancellationRequested && source.MoveNext();
                        item = more ? source.Current : default!;
                    }
                    catch (Exception e)
                    {
                        // Reading failed: the caller sees the error in its place in the order.
                        _done[_taken] = (default!, e);
                        _total = ++_taken;
                        Monitor.PulseAll(_gate);
                        return;
                    }

                    if (!more)
                    {
                        _total = _taken;
                        Monitor.PulseAll(_gate);
                        return;
                    }

                    sequence = _taken++;
                }

                (TResult, Exception?) outcome;
                try
                {
                    outcome = (selector(item), null);
                }
                catch (Exception e)
                {
                    outcome = (default!, e);
                }

                lock (_gate)
                {
                    _done[sequence] = outcome;
                    Monitor.PulseAll(_gate);
                    if (outcome.Item2 is not null)
                    {
                        _stopped = true;
                        return;
                    }
                }
            }
        }

        public bool TryTake(long sequence, out TResult result)
        {
            (TResult Value, Exception? Error) entry;
            lock (_gate)
            {
                while (!_done.Remove(sequence, out entry))
                {
                    if (_total >= 0 && sequence >= _total)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        result = default!;
                        return false;
                    }

                    Monitor.Wait(_gate);
                }

                _consumed = sequence + 1;
                Monitor.PulseAll(_gate);
            }

            if (entry.Error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(entry.Error);
            }

            result = entry.Value;
            return true;
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        public void Dispose() => source.Dispose();
    }
}
