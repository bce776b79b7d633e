namespace Patella.Import.Fit;

/// <summary>
/// A developer field as its field_description message (206) describes it, research-notes §5.1.
/// </summary>
/// <param name="DeveloperDataIndex">The developer_data_id it belongs to.</param>
/// <param name="FieldNumber">field_definition_number used in definition messages.</param>
/// <param name="BaseType">How its values are stored.</param>
/// <param name="Name">field_name, e.g. "Form Power"; null when the description has none.</param>
/// <param name="Units">units, e.g. "Watts"; null when none.</param>
/// <param name="Scale">Divide raw values by this (1 when the description has none).</param>
/// <param name="Offset">Then subtract this (0 when none).</param>
public sealed record FitDeveloperFieldDescription(
    byte DeveloperDataIndex,
    byte FieldNumber,
    FitBaseType BaseType,
    string? Name,
    string? Units,
    double Scale,
    double Offset);

/// <summary>The field descriptions read so far, keyed by developer data index and field number.</summary>
internal sealed class FitDeveloperFieldDescriptions
{
    // Created at the first description: most files have none, and a decoder is made per file.
    private Dictionary<int, FitDeveloperFieldDescription>? _byKey;

    public FitDeveloperFieldDescription? Find(byte developerDataIndex, byte fieldNumber) =>
        _byKey is not null && _byKey.TryGetValue((developerDataIndex << 8) | fieldNumber, out var description) ? description : null;

    /// <summary>Reads a field_description message; a later description of the same field replaces the earlier one.</summary>
    public void Add(in FitMessage message)
    {
        if (!message.TryGetRaw(0, out var index) || !message.TryGetRaw(1, out var number) || !message.TryGetRaw(2, out var baseTypeByte))
        {
            return;
        }

        var scale = message.TryGetRaw(6, out var s) && s != 0 ? s : 1;
        var offset = message.TryGetRaw(7, out var o) ? o : 0;
        // Size 8 fits every base type, so this only maps unknown type numbers to bytes.
        var baseType = FitBaseTypes.Resolve((byte)baseTypeByte, 8);
        var description = new FitDeveloperFieldDescription((byte)index, (byte)number, baseType, message.GetString(3), message.GetString(8), scale, offset);
        (_byKey ??= [])[((int)index << 8) | (int)number] = description;
    }
}
