package com.axolop.crm.adapter.webhook;

import io.helidon.webclient.api.DnsAddressLookup;
import io.helidon.webclient.spi.DnsResolver;
import java.net.InetAddress;
import java.util.Objects;

/**
 * The client's only way from a host name to an address: the one that connects is one the policy just checked, so
 * a name that changes its answer between the check and the connection (DNS rebinding) gains nothing.
 */
final class GuardedDnsResolver implements DnsResolver {
    private final WebhookTargetPolicy policy;

    GuardedDnsResolver(WebhookTargetPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public boolean useDefaultJavaResolver() {
        return false;
    }

    @Override
    public InetAddress resolveAddress(String hostname, DnsAddressLookup lookup) {
        return policy.addresses(hostname).getFirst();
    }
}
