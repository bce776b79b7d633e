using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Patella.Import;
using Patella.Import.Fit;

namespace Patella.Benchmarks.Fit;

/// <summary>
/// Decodes the whole FIT corpus (71 files, 10.5 MB, damaged ones included) from memory on one core,
/// through <see cref="FitActivityReader.Read"/> (track points only), <see cref="FitActivityReader.ReadDetailed"/>
/// (FIT records as well) and the raw <see cref="FitDecoder"/>. The MB/s column is 10^6 bytes of input per second.
/// Most of what the readers allocate is their result: 302,166 track points of 80 bytes (24.2 MB).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FitDecodeBenchmark
{
    private byte[][] _files = [];

    [GlobalSetup]
    public void Load() => _files = FitCorpusFiles.Load();

    [Benchmark(Baseline = true)]
    public int RawDecoder()
    {
        var visitor = new CountingVisitor();
        foreach (var file in _files)
        {
            FitDecoder.Decode(file, visitor);
        }

        return visitor.Messages;
    }

    [Benchmark]
    public int ActivityReader()
    {
        var points = 0;
        foreach (var file in _files)
        {
            try
            {
                points += FitActivityReader.Read(file).Points.Count;
            }
            catch (ActivityFileException)
            {
                points--;
            }
        }

        return points;
    }

    [Benchmark]
    public int DetailedReader()
    {
        var records = 0;
        foreach (var file in _files)
        {
            try
            {
                records += FitActivityReader.ReadDetailed(file).Records.Count;
            }
            catch (ActivityFileException)
            {
                records--;
            }
        }

        return records;
    }

    private sealed class CountingVisitor : IFitVisitor
    {
        public int Messages { get; private set; }

        public void FileStarted(in FitFileHeader header)
        {
        }

        public void DefinitionRead(FitMessageDefinition definition, int offsetBytes)
        {
        }

        public void MessageRead(in FitMessage message) => Messages++;

        public void FileEnded(in FitFileEnd end)
        {
        }

        public void ErrorFound(in FitDecodeError error)
        {
        }
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn(FitCorpusFiles.Load().Sum(f => (long)f.Length)));
    }

    /// <summary>Input bytes over mean time, in MB/s (10^6 B).</summary>
    private sealed class ThroughputColumn(long bytes) : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Input megabytes (10^6 B) decoded per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats)
            {
                return "-";
            }

            var seconds = stats.Mean / 1e9;
            return (bytes / 1e6 / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
