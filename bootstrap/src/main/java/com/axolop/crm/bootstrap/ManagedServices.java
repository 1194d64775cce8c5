package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.kafka.KafkaConnection;
import com.axolop.crm.adapter.redis.RedisEndpoint;
import io.helidon.config.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How to reach a managed Redis (TLS, ACL user, password) and Kafka (SASL, TLS), from their settings. */
final class ManagedServices {
    private static final Set<String> KAFKA_PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");

    private ManagedServices() {
    }

    /**
     * REDIS_URL ({@code redis://} or {@code rediss://}, with {@code user:password@} or {@code :password@}) when set,
     * else REDIS_HOST, REDIS_PORT, REDIS_PASSWORD and REDIS_TLS; REDIS_TLS_TRUSTSTORE (and its password) trusts a
     * private certificate authority.
     */
    static RedisEndpoint redis(Config config, List<String> problems) {
        Path truststore = AppConfig.text(config, "REDIS_TLS_TRUSTSTORE").map(Path::of).orElse(null);
        String truststorePassword = AppConfig.text(config, "REDIS_TLS_TRUSTSTORE_PASSWORD").orElse(null);
        Optional<String> url = AppConfig.text(config, "REDIS_URL");
        if (url.isPresent()) {
            try {
                URI uri = new URI(url.get());
                if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new URISyntaxException(url.get(), "not redis:// or rediss://host");
                }
                String user = null;
                String password = null;
                if (uri.getRawUserInfo() != null) {
                    String[] parts = uri.getRawUserInfo().split(":", 2);
                    user = decode(parts[0]);
                    password = parts.length > 1 ? decode(parts[1]) : null;
                }
                return new RedisEndpoint(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379, user, password,
                        uri.getScheme().equals("rediss"), truststore, truststorePassword);
            } catch (URISyntaxException e) {
                problems.add("REDIS_URL must look like redis://[:password@]host:port or rediss://... for TLS");
            }
        }
        return new RedisEndpoint(AppConfig.text(config, "REDIS_HOST").orElse("localhost"),
                AppConfig.integer(config, "REDIS_PORT", 1, 65535, problems), null,
                AppConfig.text(config, "REDIS_PASSWORD").orElse(null), AppConfig.bool(config, "REDIS_TLS", problems),
                truststore, truststorePassword);
    }

    /** KAFKA_SECURITY_PROTOCOL, and for SASL both KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG. */
    static KafkaConnection kafka(Config config, String bootstrapServers, List<String> problems) {
        String protocol = AppConfig.text(config, "KAFKA_SECURITY_PROTOCOL").orElse(null);
        String mechanism = AppConfig.text(config, "KAFKA_SASL_MECHANISM").orElse(null);
        String jaas = AppConfig.text(config, "KAFKA_SASL_JAAS_CONFIG").orElse(null);
        if (protocol != null && !KAFKA_PROTOCOLS.contains(protocol)) {
            problems.add("KAFKA_SECURITY_PROTOCOL must be one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL (got '"
                    + protocol + "')");
        }
        if (protocol != null && protocol.startsWith("SASL_") && (mechanism == null || jaas == null)) {
            problems.add("KAFKA_SECURITY_PROTOCOL " + protocol + " needs KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG");
        }
        return bootstrapServers == null ? null : new KafkaConnection(bootstrapServers, protocol, mechanism, jaas);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
