using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using LifeStory.Checking;

namespace LifeStory.Cases.Loading;

/// <summary>
/// Strict UTF-8 decoding. Reading a Windows-1252 file as UTF-8 with replacement characters would print "Ma�sie"
/// in a child's book; the run stops instead, naming the first byte that is not UTF-8.
/// </summary>
internal static class Utf8Text
{
    public static bool TryDecode(byte[] bytes, out string text, out int badByte)
    {
        var body = bytes.AsSpan();
        if (body.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) body = body[3..];
        if (body.StartsWith(new byte[] { 0xFF, 0xFE }) || body.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            text = "";
            badByte = 0;
            return false;
        }
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            text = "";
            badByte = read + (bytes.Length - body.Length);
            return false;
        }
        text = new string(chars, 0, written);
        badByte = -1;
        return true;
    }

    public static Finding Problem(byte[] bytes, int badByte, string fileName)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < badByte; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            line++;
            lineStart = i + 1;
        }
        var column = badByte - lineStart + 1;
        var message = badByte == 0 && bytes.Length >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE)
            ? $"{fileName} is saved as UTF-16, not UTF-8."
            : string.Create(CultureInfo.InvariantCulture,
                $"{fileName} is not saved as UTF-8: byte {badByte + 1:N0} (line {line}, column {column}) is 0x{bytes[badByte]:X2}, which UTF-8 does not allow (perhaps it was saved as Windows-1252 or Latin-1).");
        return new Finding(Severity.Error, "not-utf8", new SourceLocation(fileName, line, column), "", message,
            "Open it in your editor and save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8), then run again.");
    }
}
