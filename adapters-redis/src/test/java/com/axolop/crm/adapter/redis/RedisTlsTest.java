package com.axolop.crm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.devinfra.EmbeddedRedisServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * A managed Redis speaks TLS and wants a password: a Redis that listens only on TLS (the test certificate, for
 * localhost, trusted through a truststore built from it) is reached over rediss:// with its password.
 */
class RedisTlsTest {
    private static final String PASSWORD = "tls-test-password";
    private static EmbeddedRedisServer server;
    private static Path truststore;

    @BeforeAll
    static void startTlsRedis() throws Exception {
        Path directory = Files.createTempDirectory("redis-tls");
        Path certificate = copy("/tls/redis.crt", directory.resolve("redis.crt"));
        Path key = copy("/tls/redis.key", directory.resolve("redis.key"));
        truststore = directory.resolve("truststore.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            store.setCertificateEntry("redis", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        try (OutputStream out = Files.newOutputStream(truststore)) {
            store.store(out, "changeit".toCharArray());
        }
        server = EmbeddedRedisServer.startWithTls(certificate, key, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aTlsRedisWithAPasswordIsReachedOverRediss() {
        RedissonClient client = RedisConnection.connect(new RedisEndpoint("localhost", server.port(), null, PASSWORD,
                true, truststore, "changeit"));
        try {
            client.getBucket("tls-check").set("hello");

            assertThat(client.<String>getBucket("tls-check").get()).isEqualTo("hello");
        } finally {
            client.shutdown();
        }
    }

    @Test
    void withoutTheRightPasswordNothingIsServed() {
        RedissonClient client = RedisConnection.connect(new RedisEndpoint("localhost", server.port(), null, "wrong",
                true, truststore, "changeit"));
        try {
            assertThatThrownBy(() -> client.getBucket("tls-check").get()).isInstanceOf(RuntimeException.class);
        } finally {
            client.shutdown();
        }
    }

    private static Path copy(String resource, Path target) throws Exception {
        try (InputStream in = RedisTlsTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
