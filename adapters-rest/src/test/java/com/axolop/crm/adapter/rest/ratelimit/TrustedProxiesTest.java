package com.axolop.crm.adapter.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {
    private static final InetAddress BALANCER = TrustedProxies.literal("10.0.0.5");
    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.7.7, fd00::/8");

    private String client(InetAddress peer, String... forwardedFor) {
        return TrustedProxies.key(proxies.client(peer, List.of(forwardedFor)));
    }

    @Test
    void withoutTrustedProxiesTheClientIsTheTcpPeerWhateverTheHeaderSays() {
        InetAddress peer = TrustedProxies.literal("10.0.0.5");

        assertThat(TrustedProxies.key(TrustedProxies.NONE.client(peer, List.of("203.0.113.7")))).isEqualTo("ip:10.0.0.5");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverTheHeaderSays() {
        assertThat(client(TrustedProxies.literal("198.51.100.9"), "203.0.113.7")).isEqualTo("ip:198.51.100.9");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightmostUntrustedHop() {
        assertThat(client(BALANCER, "203.0.113.7")).isEqualTo("ip:203.0.113.7");
        assertThat(client(BALANCER, "1.1.1.1, 203.0.113.7")).isEqualTo("ip:203.0.113.7");
        assertThat(client(BALANCER, "1.1.1.1, 203.0.113.7, 10.1.2.3", "192.168.7.7")).isEqualTo("ip:203.0.113.7");
    }

    @Test
    void aHeaderOfOnlyTrustedHopsNamesTheLeftmost() {
        assertThat(client(BALANCER, "10.9.9.9, 10.1.1.1")).isEqualTo("ip:10.9.9.9");
    }

    @Test
    void aMalformedHopStopsTheWalkAtTheLastTrustedOne() {
        assertThat(client(BALANCER, "203.0.113.7, evil.example, 10.1.1.1")).isEqualTo("ip:10.1.1.1");
        assertThat(client(BALANCER, "not-an-address")).isEqualTo("ip:10.0.0.5");
    }

    @Test
    void hopsWithPortsOrBracketsAreRead() {
        assertThat(client(BALANCER, "203.0.113.7:4711")).isEqualTo("ip:203.0.113.7");
        assertThat(client(BALANCER, "[2001:db8::1]:443")).isEqualTo("ip:2001:db8:0:0:0:0:0:0/64");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        String first = client(BALANCER, "2001:db8:1:2::1");
        String sameNetwork = client(BALANCER, "2001:db8:1:2:ffff:ffff:ffff:ffff");
        String otherNetwork = client(BALANCER, "2001:db8:1:3::1");

        assertThat(first).isEqualTo(sameNetwork).isEqualTo("ip:2001:db8:1:2:0:0:0:0/64");
        assertThat(otherNetwork).isNotEqualTo(first);
    }

    @Test
    void anIpv4MappedIpv6ClientIsItsIpv4Address() {
        assertThat(client(BALANCER, "::ffff:203.0.113.7")).isEqualTo("ip:203.0.113.7");
    }

    @Test
    void anIpv6ProxyRangeIsTrusted() {
        assertThat(client(TrustedProxies.literal("fd12::1"), "203.0.113.7")).isEqualTo("ip:203.0.113.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "10.0.0.0/33", "300.1.1.1", "10.0.0.0/x", "fe80::1%eth0", "example.com/8"})
    void aSettingThatIsNotALiteralAddressOrCidrIsRefused(String setting) {
        assertThatThrownBy(() -> TrustedProxies.parse(setting)).isInstanceOf(IllegalArgumentException.class);
    }
}
