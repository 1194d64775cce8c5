package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.rest.ratelimit.RateLimits;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.port.CacheRegion;
import io.helidon.config.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's settings, read from environment variables (names as the API contract's) over
 * application.yaml. {@link #from} reports every missing or invalid setting, one line each.
 */
public record AppConfig(int port,
                        String environment,
                        String jdbcUrl,
                        String databaseUser,
                        String databasePassword,
                        int databasePoolSize,
                        byte[] jwtSecret,
                        Redis redis,
                        boolean cacheEnabled,
                        Map<CacheRegion, Duration> cacheTtls,
                        RateLimits rateLimits,
                        Kafka kafka,
                        Duration idempotencyKeyTtl,
                        Jobs jobs) {

    public record Redis(String host, int port, String password) {
    }

    /**
     * {@code bootstrapServers} null: no relay to Kafka. Published outbox rows are kept for {@code retention}. The
     * producer gives an event up after {@code deliveryTimeout} without an acknowledgement (the relay sends it again).
     */
    public record Kafka(String bootstrapServers, int partitions, short replication, Duration retention,
                        Duration deliveryTimeout) {
    }

    /**
     * The job workers: an idle queue looks again every {@code poll}; {@code workflowConcurrency} workflow jobs run
     * at once per instance; a claimed job stays a worker's for {@code lease} without a heartbeat; completed jobs are
     * kept for {@code retention}.
     */
    public record Jobs(Duration poll, int workflowConcurrency, Duration lease, Duration retention) {
    }

    public static final int MIN_SECRET_BYTES = 32;

    public static AppConfig from(Config config) {
        List<String> problems = new ArrayList<>();
        int port = integer(config, "PORT", 0, 65535, problems); // 0: any free port
        int poolSize = integer(config, "DATABASE_POOL_SIZE", 1, 200, problems);
        String user = text(config, "DATABASE_USER").orElse("postgres");
        String password = text(config, "DATABASE_PASSWORD").orElse("");
        String jdbcUrl = null;
        Optional<String> databaseUrl = text(config, "DATABASE_URL");
        if (databaseUrl.isEmpty()) {
            problems.add("DATABASE_URL is required (jdbc:postgresql://host:5432/db or postgres://user:pass@host:5432/db)");
        } else {
            try {
                DatabaseUrl parsed = DatabaseUrl.parse(databaseUrl.get());
                jdbcUrl = parsed.jdbcUrl();
                user = parsed.user().orElse(user);
                password = parsed.password().orElse(password);
            } catch (IllegalArgumentException e) {
                problems.add("DATABASE_URL " + e.getMessage());
            }
        }
        byte[] secret = text(config, "SUPABASE_JWT_SECRET").map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
        if (secret == null) {
            problems.add("SUPABASE_JWT_SECRET is required (the HS256 secret that signs your Supabase JWTs)");
        } else if (secret.length < MIN_SECRET_BYTES) {
            problems.add("SUPABASE_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes long for HS256");
        }
        var redis = new Redis(text(config, "REDIS_HOST").orElse("localhost"),
                integer(config, "REDIS_PORT", 1, 65535, problems), text(config, "REDIS_PASSWORD").orElse(null));
        boolean cacheEnabled = bool(config, "CACHE_ENABLED", problems);
        Map<CacheRegion, Duration> ttls = cacheTtls(config, problems);
        RateLimits rateLimits = new RateLimits(
                rateLimit(config, "general", "RATE_LIMIT", problems),
                rateLimit(config, "auth", "RATE_LIMIT_AUTH", problems),
                rateLimit(config, "workflow", "RATE_LIMIT_WORKFLOW", problems),
                rateLimit(config, "email", "RATE_LIMIT_EMAIL", problems));
        var kafka = new Kafka(text(config, "KAFKA_BOOTSTRAP_SERVERS").orElse(null),
                integer(config, "KAFKA_TOPIC_PARTITIONS", 1, 1000, problems),
                (short) integer(config, "KAFKA_TOPIC_REPLICATION", 1, 7, problems),
                Duration.ofHours(integer(config, "OUTBOX_RETENTION_HOURS", 0, 24 * 365, problems)),
                Duration.ofMillis(integer(config, "KAFKA_DELIVERY_TIMEOUT_MS", 1_000, Integer.MAX_VALUE, problems)));
        Duration idempotencyKeyTtl = Duration.ofSeconds(
                integer(config, "IDEMPOTENCY_KEY_TTL_SECONDS", 1, 86_400 * 30, problems));
        var jobs = new Jobs(Duration.ofMillis(integer(config, "WORKFLOW_POLL_INTERVAL", 10, 3_600_000, problems)),
                integer(config, "MAX_CONCURRENT_EXECUTIONS", 1, 1000, problems),
                Duration.ofSeconds(integer(config, "JOB_LEASE_SECONDS", 3, 86_400, problems)),
                Duration.ofHours(integer(config, "JOB_RETENTION_HOURS", 0, 24 * 365, problems)));
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new AppConfig(port, text(config, "NODE_ENV").orElse("production"), jdbcUrl, user, password,
                poolSize, secret, redis, cacheEnabled, ttls, rateLimits, kafka, idempotencyKeyTtl, jobs);
    }

    private static Map<CacheRegion, Duration> cacheTtls(Config config, List<String> problems) {
        int defaultTtl = integer(config, "CACHE_DEFAULT_TTL", 1, 86_400 * 30, problems);
        Map<CacheRegion, Duration> ttls = new EnumMap<>(CacheRegion.class);
        for (CacheRegion region : CacheRegion.values()) {
            String key = "CACHE_TTL_" + region.name();
            int seconds = text(config, key).isPresent() ? integer(config, key, 1, 86_400 * 30, problems) : defaultTtl;
            ttls.put(region, Duration.ofSeconds(seconds));
        }
        return ttls;
    }

    private static RateLimit rateLimit(Config config, String name, String prefix, List<String> problems) {
        int windowMs = integer(config, prefix + "_WINDOW_MS", 1, Integer.MAX_VALUE, problems);
        int max = integer(config, prefix + "_MAX_REQUESTS", 1, Integer.MAX_VALUE, problems);
        return windowMs > 0 && max > 0 ? new RateLimit(name, max, Duration.ofMillis(windowMs))
                : new RateLimit(name, 1, Duration.ofMillis(1));
    }

    private static boolean bool(Config config, String key, List<String> problems) {
        String value = text(config, key).orElse("");
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key + " must be true or false (got '" + value + "')");
        }
        return value.equals("true");
    }

    private static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int integer(Config config, String key, int min, int max, List<String> problems) {
        String value = text(config, key).orElse("");
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(key + " must be an integer between " + min + " and " + max + " (got '" + value + "')");
        return 0;
    }

    /** Accepts a JDBC URL, or the postgres:// form that Supabase and most hosts hand out. */
    record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {
        static DatabaseUrl parse(String url) {
            if (url.startsWith("jdbc:postgresql://")) {
                return new DatabaseUrl(url, Optional.empty(), Optional.empty());
            }
            if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
                throw new IllegalArgumentException("must start with jdbc:postgresql://, postgres:// or postgresql://");
            }
            try {
                URI uri = new URI(url);
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException("has no host");
                }
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                        + (uri.getRawPath() == null ? "" : uri.getRawPath()) + query;
                Optional<String> info = Optional.ofNullable(uri.getUserInfo());
                return new DatabaseUrl(jdbc, info.map(i -> i.split(":", 2)[0]),
                        info.filter(i -> i.contains(":")).map(i -> i.split(":", 2)[1]));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("is not a valid URL");
            }
        }
    }
}
