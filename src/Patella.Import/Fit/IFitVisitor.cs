namespace Patella.Import.Fit;

/// <summary>
/// Receives what <see cref="FitDecoder"/> reads, in file order. Implementations keep only what they
/// need; a message is valid only during its call.
/// </summary>
public interface IFitVisitor
{
    /// <summary>A FIT file (one unit of a chain) starts.</summary>
    void FileStarted(in FitFileHeader header);

    /// <summary>A definition message bound a local type to a new layout.</summary>
    void DefinitionRead(FitMessageDefinition definition, int offsetBytes);

    /// <summary>A data message was read.</summary>
    void MessageRead(in FitMessage message);

    /// <summary>A FIT file of the chain ended (its CRC checked where present).</summary>
    void FileEnded(in FitFileEnd end);

    /// <summary>A problem was found; after a fatal one nothing more is reported.</summary>
    void ErrorFound(in FitDecodeError error);
}
