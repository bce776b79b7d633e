using System.Threading.Channels;

namespace Patella.Import.Sources;

/// <summary>
/// Reads a batch's files one after another (zip entries share one stream) and decodes them on
/// several threads, yielding results as they finish. Bounded queues keep at most a few files in
/// memory at once, however large the batch.
/// </summary>
public static class ImportPipeline
{
    public static IEnumerable<FileReadResult> Run(ImportBatch batch, ImportLimits limits, int decoders, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfLessThan(decoders, 1);
        var read = Channel.CreateBounded<(ImportInput Input, byte[] Bytes)>(new BoundedChannelOptions(decoders * 2) { SingleWriter = true });
        var decoded = Channel.CreateBounded<FileReadResult>(new BoundedChannelOptions(decoders * 2) { SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var input in batch.Inputs)
                {
                    var (bytes, failure) = ActivityFileReader.ReadBytes(input, limits);
                    if (bytes is null)
                    {
                        await decoded.Writer.WriteAsync(failure!, cancellation).ConfigureAwait(false);
                    }
                    else
                    {
                        await read.Writer.WriteAsync((input, bytes), cancellation).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                read.Writer.Complete();
            }
        }, cancellation);

        var workers = Enumerable.Range(0, decoders).Select(_ => Task.Run(async () =>
        {
            await foreach (var (input, bytes) in read.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
            {
                await decoded.Writer.WriteAsync(ActivityFileReader.Decode(input, bytes, limits), cancellation).ConfigureAwait(false);
            }
        }, cancellation)).ToArray();

        _ = Task.WhenAll([reader, .. workers]).ContinueWith(t => decoded.Writer.Complete(t.Exception), TaskScheduler.Default);

        return decoded.Reader.ReadAllAsync(cancellation).ToBlockingEnumerable(cancellation);
    }
}
