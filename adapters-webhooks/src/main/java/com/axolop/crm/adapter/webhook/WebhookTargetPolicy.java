package com.axolop.crm.adapter.webhook;

import com.axolop.crm.application.webhook.WebhookTargets;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where webhooks may go: https (http only when allowed), port 80 or 443 unless more are allowed, and a host
 * whose every address is public unless private networks are allowed. A name with one internal address among
 * public ones is refused: the connection could go to any of them.
 */
public final class WebhookTargetPolicy implements WebhookTargets {
    /** {@code anyPort}: every port allowed; else 80, 443 and {@code extraPorts}. */
    public record Settings(boolean allowPrivateNetworks, boolean allowHttp, Set<Integer> extraPorts,
                           boolean anyPort) {
        public Settings {
            extraPorts = Set.copyOf(extraPorts);
        }
    }

    private final Settings settings;
    private final HostResolver resolver;

    public WebhookTargetPolicy(Settings settings, HostResolver resolver) {
        this.settings = Objects.requireNonNull(settings);
        this.resolver = Objects.requireNonNull(resolver);
    }

    @Override
    public void check(String url) {
        URI uri = URI.create(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && settings.allowHttp())) {
            throw new IllegalArgumentException(settings.allowHttp() ? "must be an http or https URL"
                    : "must be an https URL (plain http is not allowed here)");
        }
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        if (port != 80 && port != 443 && !settings.anyPort() && !settings.extraPorts().contains(port)) {
            throw new IllegalArgumentException("must use port 80 or 443 (port " + port + " is not allowed here)");
        }
        addresses(uri.getHost());
    }

    /** The host's addresses, all of them allowed; {@code IllegalArgumentException} otherwise. */
    List<InetAddress> addresses(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("names a host that does not resolve (" + bare + ")");
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("names a host that does not resolve (" + bare + ")");
        }
        if (!settings.allowPrivateNetworks()) {
            for (InetAddress address : addresses) {
                if (AddressRanges.isInternal(address)) {
                    throw new IllegalArgumentException("resolves to a loopback, private, link-local or otherwise "
                            + "internal address (" + address.getHostAddress() + "), which webhooks may not reach");
                }
            }
        }
        return addresses;
    }
}
