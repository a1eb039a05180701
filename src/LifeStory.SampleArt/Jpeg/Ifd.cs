using System.Buffers.Binary;
using System.Text;

namespace LifeStory.SampleArt.Jpeg;

/// <summary>A TIFF image file directory being assembled. All numbers are little-endian ("II" byte order).</summary>
public sealed class Ifd
{
    private readonly List<IfdEntry> _entries = [];

    /// <summary>Entries in ascending tag order, as the TIFF specification requires.</summary>
    public IReadOnlyList<IfdEntry> Entries => [.. _entries.OrderBy(e => e.Tag)];

    public Ifd Ascii(ushort tag, string text)
    {
        // ASCII values are NUL-terminated and the count includes the NUL.
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        return Add(new IfdEntry(tag, TiffType.Ascii, (uint)bytes.Length, bytes));
    }

    public Ifd Short(ushort tag, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return Add(new IfdEntry(tag, TiffType.Short, 1, bytes));
    }

    public Ifd Long(ushort tag, uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return Add(new IfdEntry(tag, TiffType.Long, 1, bytes));
    }

    public Ifd Rationals(ushort tag, params (uint Numerator, uint Denominator)[] values)
    {
        var bytes = new byte[8 * values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8 * i), values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8 * i + 4), values[i].Denominator);
        }
        return Add(new IfdEntry(tag, TiffType.Rational, (uint)values.Length, bytes));
    }

    public Ifd Bytes(ushort tag, TiffType type, params byte[] values) =>
        Add(new IfdEntry(tag, type, (uint)values.Length, values));

    /// <summary>A LONG entry whose value is the offset of <paramref name="child"/>, filled in when written.</summary>
    public Ifd Pointer(ushort tag, Ifd child) => Add(new IfdEntry(tag, TiffType.Long, 1, new byte[4], child));

    private Ifd Add(IfdEntry entry)
    {
        if (_entries.Any(e => e.Tag == entry.Tag)) throw new InvalidOperationException($"Tag 0x{entry.Tag:X4} added twice.");
        _entries.Add(entry);
        return this;
    }
}
