using System.Net;
using System.Net.Sockets;

namespace TherapyGuide.Web.Protection;

/// <summary>Who a rate limit counts as one client.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The IPv4 address, or the /64 network of an IPv6 address: one home or phone connection is given a whole /64,
    /// so counting single IPv6 addresses would let anyone step around a limit by changing the last bits.
    /// </summary>
    public static string RateLimitKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
