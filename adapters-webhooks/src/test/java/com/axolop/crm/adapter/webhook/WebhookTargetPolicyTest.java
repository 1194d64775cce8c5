package com.axolop.crm.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard over resolved addresses. Names resolve through a test resolver and address literals are only parsed:
 * no test here opens a socket, least of all to an internal address.
 */
class WebhookTargetPolicyTest {
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "loopback.example.com", "127.0.0.1",
            "metadata.example.com", "169.254.169.254",
            "mixed.example.com", "10.0.0.1");
    private static final HostResolver TEST_DNS = host -> {
        if (host.equals("mixed.example.com")) {
            return List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1"));
        }
        String address = DNS.get(host);
        if (address == null && !Character.isDigit(host.charAt(0)) && !host.contains(":")) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address == null ? host : address)); // a literal: parsed, not looked up
    };
    private static final WebhookTargetPolicy STRICT = new WebhookTargetPolicy(
            new WebhookTargetPolicy.Settings(false, false, Set.of(), false), TEST_DNS);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.0.0.1/hook", "https://[::1]/hook",
            "https://169.254.169.254/latest/meta-data", "https://loopback.example.com/hook",
            "https://metadata.example.com/hook", "https://mixed.example.com/hook", "https://172.16.5.4/hook",
            "https://192.168.1.1/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[::]/hook",
            "https://[fc00::1]/hook", "https://[fd12:3456::1]/hook", "https://[fe80::1]/hook",
            "https://224.0.0.1/hook", "https://255.255.255.255/hook", "https://[::ffff:10.0.0.1]/hook",
            "https://[::ffff:169.254.169.254]/hook", "https://[ff02::1]/hook"})
    void refusesInternalAddresses(String url) {
        assertThatThrownBy(() -> STRICT.check(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("internal address");
    }

    @Test
    void allowsAPublicHostOverHttps() {
        assertThatCode(() -> STRICT.check("https://hooks.example.com/receive")).doesNotThrowAnyException();
        assertThatCode(() -> STRICT.check("https://93.184.216.34:443/receive")).doesNotThrowAnyException();
    }

    @Test
    void refusesPlainHttpUnlessAllowed() {
        assertThatThrownBy(() -> STRICT.check("http://hooks.example.com/receive"))
                .hasMessageContaining("https");
        var http = new WebhookTargetPolicy(new WebhookTargetPolicy.Settings(false, true, Set.of(), false), TEST_DNS);
        assertThatCode(() -> http.check("http://hooks.example.com/receive")).doesNotThrowAnyException();
    }

    @Test
    void refusesOtherPortsUnlessConfigured() {
        assertThatThrownBy(() -> STRICT.check("https://hooks.example.com:8443/receive"))
                .hasMessageContaining("port 8443");
        var extra = new WebhookTargetPolicy(new WebhookTargetPolicy.Settings(false, false, Set.of(8443), false),
                TEST_DNS);
        assertThatCode(() -> extra.check("https://hooks.example.com:8443/receive")).doesNotThrowAnyException();
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        assertThatThrownBy(() -> STRICT.check("https://nowhere.example.com/hook"))
                .hasMessageContaining("does not resolve");
    }

    @Test
    void allowsInternalAddressesWhenPrivateNetworksAreAllowed() {
        var open = new WebhookTargetPolicy(new WebhookTargetPolicy.Settings(true, true, Set.of(), true), TEST_DNS);
        assertThatCode(() -> open.check("http://127.0.0.1:9999/hook")).doesNotThrowAnyException();
    }
}
