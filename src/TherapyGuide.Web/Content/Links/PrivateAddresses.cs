using System.Net;
using System.Net.Sockets;

namespace TherapyGuide.Web.Content.Links;

/// <summary>
/// Addresses the link checker never asks: this machine, the private networks and link-local ones (where a cloud's
/// metadata service answers). An editor could link to http://127.0.0.1:…/ or http://169.254.169.254/, and the site
/// must not be made to fetch from inside its own network.
/// </summary>
public static class PrivateAddresses
{
    public static bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            // fc00::/7 unique local; plus link- and site-local, multicast and the addresses that embed IPv4 ones.
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC
                || address.IsIPv6Teredo || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127, // shared address space (carrier-grade NAT)
            169 => b[1] == 254, // link-local, cloud metadata
            172 => b[1] is >= 16 and <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
            198 => b[1] is 18 or 19,
            >= 224 => true, // multicast, reserved, broadcast
            _ => false,
        };
    }
}
