package com.axolop.crm.adapter.redis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Redis is and how to reach it: over TLS ({@code rediss://}) for a managed Redis, with an ACL user and a
 * password when it asks for them. {@code truststore} (PKCS12 or JKS, with its password) trusts a private CA; null
 * trusts the JVM's certificate authorities.
 */
public record RedisEndpoint(String host, int port, String username, String password, boolean tls, Path truststore,
                            String truststorePassword) {
    public RedisEndpoint {
        Objects.requireNonNull(host, "host");
        username = blankToNull(username);
        password = blankToNull(password);
    }

    /** Plain TCP, no user, an optional password. */
    public static RedisEndpoint plain(String host, int port, String password) {
        return new RedisEndpoint(host, port, null, password, false, null, null);
    }

    /** Without the secrets: safe in a log line. */
    @Override
    public String toString() {
        return address() + (username == null ? "" : " as " + username) + (password == null ? "" : " (password set)");
    }

    String address() {
        return (tls ? "rediss://" : "redis://") + host + ":" + port;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
