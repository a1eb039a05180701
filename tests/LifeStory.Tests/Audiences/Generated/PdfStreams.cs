using System.IO.Compression;
using System.Text;

namespace LifeStory.Tests.Audiences.Generated;

/// <summary>Every stream of a PDF, inflated where it is compressed, as Latin-1 text: what a determined reader could dig out.</summary>
internal static class PdfStreams
{
    public static string Raw(byte[] pdf)
    {
        var text = new StringBuilder(Encoding.Latin1.GetString(pdf));
        var at = 0;
        while ((at = IndexOf(pdf, "stream", at)) >= 0)
        {
            var start = at + "stream".Length;
            if (start < pdf.Length && pdf[start] == '\r') start++;
            if (start < pdf.Length && pdf[start] == '\n') start++;
            var end = IndexOf(pdf, "endstream", start);
            if (end < 0) break;
            try
            {
                using var inflater = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress);
                using var output = new MemoryStream();
                inflater.CopyTo(output);
                text.Append(Encoding.Latin1.GetString(output.ToArray()));
            }
            catch (InvalidDataException) { /* not deflated: already in the raw text */ }
            at = end + "endstream".Length;
        }
        return text.ToString();
    }

    private static int IndexOf(byte[] data, string word, int from) =>
        from >= data.Length ? -1 : data.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(word)) is var i and >= 0 ? from + i : -1;
}
