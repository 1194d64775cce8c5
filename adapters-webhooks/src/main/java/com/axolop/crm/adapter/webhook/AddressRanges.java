package com.axolop.crm.adapter.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Addresses a webhook must never reach unless private networks are allowed: loopback, private (RFC 1918,
 * fc00::/7), link-local (169.254.0.0/16 with the cloud metadata service, fe80::/10), CGNAT (100.64.0.0/10),
 * "this network" (0.0.0.0/8), multicast, broadcast and unspecified, and the IPv4-mapped or -compatible IPv6 forms
 * of any of them.
 */
final class AddressRanges {
    private AddressRanges() {
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalV4(bytes[0] & 0xff, bytes[1] & 0xff, bytes);
        }
        if (embedsV4(bytes)) {
            return internalV4(bytes[12] & 0xff, bytes[13] & 0xff, new byte[] {bytes[12], bytes[13], bytes[14],
                    bytes[15]});
        }
        int first = bytes[0] & 0xff;
        return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isMulticastAddress()
                || (first & 0xfe) == 0xfc // fc00::/7 unique local
                || first == 0xfe && (bytes[1] & 0xc0) == 0x80; // fe80::/10 link-local
    }

    private static boolean internalV4(int a, int b, byte[] bytes) {
        return a == 0 || a == 10 || a == 127
                || a == 100 && b >= 64 && b <= 127
                || a == 169 && b == 254
                || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 168
                || a >= 224 // multicast, reserved, broadcast
                || allOnes(bytes);
    }

    private static boolean allOnes(byte[] bytes) {
        for (byte b : bytes) {
            if (b != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated but still parsed). */
    private static boolean embedsV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean compatible = bytes[10] == 0 && bytes[11] == 0;
        return mapped || compatible && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && (bytes[15] & 0xfe) == 0);
    }
}
