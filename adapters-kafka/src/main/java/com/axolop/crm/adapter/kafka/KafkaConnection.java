package com.axolop.crm.adapter.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * How every client of the service reaches Kafka: the bootstrap servers and, for a managed cluster, the security
 * protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL), SASL mechanism (PLAIN, SCRAM-SHA-256/512...) and JAAS
 * login; null leaves Kafka's default (PLAINTEXT, no SASL).
 */
public record KafkaConnection(String bootstrapServers, String securityProtocol, String saslMechanism,
                              String saslJaasConfig) {
    public KafkaConnection {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    }

    public static KafkaConnection plaintext(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, null, null, null);
    }

    /** Without the JAAS login (it holds the password): safe in a log line. */
    @Override
    public String toString() {
        return bootstrapServers + (securityProtocol == null ? "" : " " + securityProtocol)
                + (saslMechanism == null ? "" : " " + saslMechanism);
    }

    /** A client's {@code settings} with this cluster's address and security added. */
    public Map<String, Object> with(Map<String, Object> settings) {
        var all = new HashMap<>(settings);
        all.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (securityProtocol != null) {
            all.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol);
        }
        if (saslMechanism != null) {
            all.put(SaslConfigs.SASL_MECHANISM, saslMechanism);
        }
        if (saslJaasConfig != null) {
            all.put(SaslConfigs.SASL_JAAS_CONFIG, saslJaasConfig);
        }
        return all;
    }
}
