using System.Globalization;

namespace LifeStory.SampleArt.Jpeg;

/// <summary>Builds the TIFF body of a phone-like EXIF block: camera, orientation, artist, dates and GPS.</summary>
public static class ExifBuilder
{
    public static byte[] Build(PhotoMetadata meta, int storedWidth, int storedHeight)
    {
        var stamp = meta.Taken.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture);
        var exif = new Ifd()
            .Bytes(0x9000, TiffType.Undefined, "0232"u8.ToArray())       // ExifVersion
            .Ascii(0x9003, stamp)                                          // DateTimeOriginal
            .Bytes(0x9101, TiffType.Undefined, 1, 2, 3, 0)                 // ComponentsConfiguration: Y Cb Cr
            .Bytes(0xA000, TiffType.Undefined, "0100"u8.ToArray())       // FlashpixVersion
            .Short(0xA001, 1)                                              // ColorSpace: sRGB
            .Long(0xA002, (uint)storedWidth)                               // PixelXDimension
            .Long(0xA003, (uint)storedHeight);                             // PixelYDimension

        var ifd0 = new Ifd()
            .Ascii(0x010F, meta.Make)
            .Ascii(0x0110, meta.Model)
            .Short(0x0112, (ushort)meta.Orientation)
            .Rationals(0x011A, (72, 1))                                    // XResolution
            .Rationals(0x011B, (72, 1))                                    // YResolution
            .Short(0x0128, 2)                                              // ResolutionUnit: inches
            .Ascii(0x0132, stamp)                                          // DateTime
            .Ascii(0x013B, meta.Artist)
            .Short(0x0213, 1)                                              // YCbCrPositioning: centred
            .Pointer(0x8769, exif);

        if (meta.Gps is { } gps)
        {
            var gpsIfd = new Ifd()
                .Bytes(0x0000, TiffType.Byte, 2, 3, 0, 0)                  // GPSVersionID 2.3
                .Ascii(0x0001, gps.Latitude >= 0 ? "N" : "S")
                .Rationals(0x0002, Dms(gps.Latitude))
                .Ascii(0x0003, gps.Longitude >= 0 ? "E" : "W")
                .Rationals(0x0004, Dms(gps.Longitude));
            ifd0.Pointer(0x8825, gpsIfd);
        }
        return TiffWriter.Write(ifd0);
    }

    /// <summary>Degrees, minutes and seconds (to a hundredth), as three RATIONALs.</summary>
    private static (uint, uint)[] Dms(double value)
    {
        var v = Math.Abs(value);
        var degrees = (uint)Math.Floor(v);
        var minutesFull = (v - degrees) * 60;
        var minutes = (uint)Math.Floor(minutesFull);
        var hundredths = (uint)Math.Round((minutesFull - minutes) * 60 * 100);
        return [(degrees, 1), (minutes, 1), (hundredths, 100)];
    }
}
