package com.axolop.crm.adapter.rest.ratelimit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies (TRUSTED_PROXIES, CIDRs) whose X-Forwarded-For is believed, and so the client address a request
 * counts against: the TCP peer, unless it is a trusted proxy; then the rightmost X-Forwarded-For hop that is not
 * one (hops to its left were written by the client and prove nothing). Addresses are read as literals only,
 * never looked up.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of());
    private static final int MAX_HOPS = 32;
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** {@code 10.0.0.0/8, 192.168.1.7, fd00::/8}: a bare address is a range of one. */
    public static TrustedProxies parse(String commaSeparated) {
        var ranges = new ArrayList<Range>();
        for (String entry : commaSeparated.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(ranges);
    }

    /** The client behind {@code peer}, given the request's X-Forwarded-For values in the order received. */
    public InetAddress client(InetAddress peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(value -> hops.addAll(Arrays.asList(value.split(","))));
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            InetAddress hop;
            try {
                hop = literal(hops.get(i));
            } catch (IllegalArgumentException malformed) {
                return client; // what the last trusted proxy saw is all we know
            }
            if (!trusts(hop)) {
                return hop;
            }
            client = hop;
        }
        return client;
    }

    /** The key a client's requests are counted under: its IPv4 address, or the /64 of its IPv6 address. */
    public static String key(InetAddress client) {
        if (client instanceof Inet4Address) {
            return "ip:" + client.getHostAddress();
        }
        byte[] network = Arrays.copyOf(Arrays.copyOf(client.getAddress(), 8), 16);
        try {
            return "ip:" + InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** An IPv4 or IPv6 literal, optionally in brackets or with a port; anything else is refused, never resolved. */
    static InetAddress literal(String text) {
        String address = text.strip();
        if (address.startsWith("[") && address.indexOf(']') > 0) {
            address = address.substring(1, address.indexOf(']'));
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':')); // 203.0.113.7:4711
        }
        var v4 = IPV4.matcher(address);
        try {
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(v4.group(i + 1));
                    if (octet > 255) {
                        throw new IllegalArgumentException("not an address: " + text);
                    }
                    bytes[i] = (byte) octet;
                }
                return InetAddress.getByAddress(bytes);
            }
            if (address.contains(":") && IPV6.matcher(address).matches()) {
                return InetAddress.getByName("[" + address + "]"); // a bracketed literal is parsed, never looked up
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + text);
        }
        throw new IllegalArgumentException("not an address: " + text);
    }

    private record Range(byte[] network, int prefix) {
        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            InetAddress address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(cidr.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("not a CIDR: " + cidr);
                }
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
