package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.kafka.KafkaConnection;
import com.axolop.crm.adapter.mail.SmtpSettings;
import com.axolop.crm.adapter.redis.NearCache;
import com.axolop.crm.adapter.redis.RedisEndpoint;
import com.axolop.crm.adapter.rest.auth.TokenRules;
import com.axolop.crm.adapter.rest.ratelimit.RateLimits;
import com.axolop.crm.adapter.rest.ratelimit.TrustedProxies;
import com.axolop.crm.adapter.rest.shared.ExportLimits;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.webhook.RetrySchedule;
import io.helidon.config.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service's settings, read from environment variables (names as the API contract's) over
 * application.yaml. {@link #from} reports every missing or invalid setting, one line each.
 */
public record AppConfig(int port,
                        Integer managementPort,
                        String environment,
                        String jdbcUrl,
                        String databaseUser,
                        String databasePassword,
                        int databasePoolSize,
                        Duration statementTimeout,
                        Duration idleInTransactionTimeout,
                        byte[] jwtSecret,
                        TokenRules tokenRules,
                        RedisEndpoint redis,
                        boolean cacheEnabled,
                        Map<CacheRegion, Duration> cacheTtls,
                        NearCache.Settings nearCache,
                        RateLimits rateLimits,
                        Kafka kafka,
                        Duration idempotencyKeyTtl,
                        Jobs jobs,
                        Duration slowQuery,
                        Mail mail,
                        Bulk bulk,
                        EncryptionKeys encryption,
                        Webhooks webhooks) {


    /**
     * {@code bootstrapServers} null: no relay to Kafka. Published outbox rows are kept for {@code retention}. The
     * producer gives an event up after {@code deliveryTimeout} without an acknowledgement (the relay sends it again).
     */
    public record Kafka(String bootstrapServers, int partitions, short replication, Duration retention,
                        Duration deliveryTimeout, KafkaConnection connection) {
    }

    /**
     * The job workers: an idle queue looks again every {@code poll}; {@code workflowConcurrency} workflow jobs run
     * at once per instance; a claimed job stays a worker's for {@code lease} without a heartbeat; completed jobs are
     * kept for {@code retention}.
     */
    public record Jobs(Duration poll, int workflowConcurrency, Duration lease, Duration retention) {
    }

    /**
     * Outgoing mail: the SMTP server and sender, and {@code publicBaseUrl}, the address clients reach this service
     * at (the base of tracking and unsubscribe links; no trailing slash).
     */
    public record Mail(SmtpSettings smtp, String publicBaseUrl) {
    }

    /** Imports take files of at most {@code importMaxBytes}; export packages are kept {@code exportRetention}. */
    public record Bulk(long importMaxBytes, Duration exportRetention) {
    }

    /**
     * Outgoing webhooks: whether targets may be private, loopback or link-local addresses (dev mode, tests), whether
     * plain http is allowed, the ports allowed besides 80 and 443 ({@code anyPort}: all), how many deliveries run
     * at once per instance, the waits between a delivery's attempts, and how long finished deliveries are kept.
     */
    public record Webhooks(boolean allowPrivateNetworks, boolean allowHttp, Set<Integer> extraPorts, boolean anyPort,
                           int concurrency, List<Duration> retrySchedule, Duration deliveryRetention) {
        public Webhooks {
            extraPorts = Set.copyOf(extraPorts);
            retrySchedule = List.copyOf(retrySchedule);
        }
    }

    public static final int MIN_SECRET_BYTES = 32;
    /** The key of secrets at rest outside production: published in this repository, so never a production one. */
    public static final String DEV_ENCRYPTION_KEY = "axolop-dev-only-encryption-key!!";
    /** Dev mode's token secret: published in this repository, so never a production one. */
    public static final String DEV_JWT_SECRET = "axolop-dev-only-secret-do-not-use-in-production";
    // Secrets anyone can read: dev mode's, and the Supabase CLI's local default.
    private static final Set<String> PUBLISHED_SECRETS = Set.of(DEV_JWT_SECRET,
            "super-secret-jwt-token-with-at-least-32-characters-long");

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
        TokenRules tokenRules = tokenRules(config, problems);
        RedisEndpoint redis = ManagedServices.redis(config, problems);
        boolean cacheEnabled = bool(config, "CACHE_ENABLED", problems);
        Map<CacheRegion, Duration> ttls = cacheTtls(config, problems);
        var nearCache = new NearCache.Settings(integer(config, "NEAR_CACHE_MAX_ENTRIES", 0, 10_000_000, problems),
                Duration.ofMillis(integer(config, "NEAR_CACHE_STALENESS_MS", 100, 60_000, problems)));
        RateLimits rateLimits = new RateLimits(
                rateLimit(config, "general", "RATE_LIMIT", problems),
                rateLimit(config, "auth", "RATE_LIMIT_AUTH", problems),
                rateLimit(config, "workflow", "RATE_LIMIT_WORKFLOW", problems),
                rateLimit(config, "email", "RATE_LIMIT_EMAIL", problems),
                rateLimit(config, "form-submit-form", "FORM_SUBMIT_PER_FORM_MAX", "FORM_SUBMIT_PER_FORM_WINDOW_MS",
                        problems),
                rateLimit(config, "form-submit-workspace", "FORM_SUBMIT_PER_WORKSPACE_MAX",
                        "FORM_SUBMIT_PER_WORKSPACE_WINDOW_MS", problems),
                exportLimits(config, poolSize, problems),
                trustedProxies(config, problems));
        String bootstrapServers = text(config, "KAFKA_BOOTSTRAP_SERVERS").orElse(null);
        var kafka = new Kafka(bootstrapServers,
                integer(config, "KAFKA_TOPIC_PARTITIONS", 1, 1000, problems),
                (short) integer(config, "KAFKA_TOPIC_REPLICATION", 1, 7, problems),
                Duration.ofHours(integer(config, "OUTBOX_RETENTION_HOURS", 0, 24 * 365, problems)),
                Duration.ofMillis(integer(config, "KAFKA_DELIVERY_TIMEOUT_MS", 1_000, Integer.MAX_VALUE, problems)),
                ManagedServices.kafka(config, bootstrapServers, problems));
        Duration idempotencyKeyTtl = Duration.ofSeconds(
                integer(config, "IDEMPOTENCY_KEY_TTL_SECONDS", 1, 86_400 * 30, problems));
        var jobs = new Jobs(Duration.ofMillis(integer(config, "WORKFLOW_POLL_INTERVAL", 10, 3_600_000, problems)),
                integer(config, "MAX_CONCURRENT_EXECUTIONS", 1, 1000, problems),
                Duration.ofSeconds(integer(config, "JOB_LEASE_SECONDS", 3, 86_400, problems)),
                Duration.ofHours(integer(config, "JOB_RETENTION_HOURS", 0, 24 * 365, problems)));
        Duration statementTimeout = Duration.ofMillis(integer(config, "DATABASE_STATEMENT_TIMEOUT_MS", 0,
                Integer.MAX_VALUE, problems));
        Duration idleInTransactionTimeout = Duration.ofMillis(integer(config, "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS",
                0, Integer.MAX_VALUE, problems));
        String environment = text(config, "NODE_ENV").orElse("production");
        refuseInsecureProduction(config, environment, secret, password, problems);
        EncryptionKeys encryption = encryptionKeys(config, environment, problems);
        Webhooks webhooks = webhooks(config, problems);
        Integer managementPort = text(config, "MANAGEMENT_PORT").isPresent()
                ? integer(config, "MANAGEMENT_PORT", 0, 65535, problems) : null; // 0: any free port
        Duration slowQuery = Duration.ofMillis(integer(config, "SLOW_QUERY_MS", 0, Integer.MAX_VALUE, problems));
        Mail mail = mail(config, port, problems);
        var bulk = new Bulk(integer(config, "IMPORT_MAX_BYTES", 1, Integer.MAX_VALUE, problems),
                Duration.ofHours(integer(config, "EXPORT_RETENTION_HOURS", 1, 24 * 365, problems)));
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new AppConfig(port, managementPort, environment, jdbcUrl, user, password,
                poolSize, statementTimeout, idleInTransactionTimeout, secret, tokenRules, redis, cacheEnabled, ttls,
                nearCache, rateLimits, kafka, idempotencyKeyTtl, jobs, slowQuery, mail, bulk, encryption, webhooks);
    }

    /**
     * ENCRYPTION_KEY: required in production; elsewhere (dev mode, tests, benchmarks) it defaults to the published
     * {@link #DEV_ENCRYPTION_KEY}. ENCRYPTION_KEYS_PREVIOUS lists retired keys that still open older values.
     */
    private static EncryptionKeys encryptionKeys(Config config, String environment, List<String> problems) {
        byte[] current = null;
        Optional<String> key = text(config, "ENCRYPTION_KEY");
        if (key.isEmpty() && environment.equals("production")) {
            problems.add("ENCRYPTION_KEY is required in production (" + EncryptionKeys.FORMS
                    + "; e.g. openssl rand -hex 32): webhook secrets and integration credentials are encrypted with it");
        } else if (key.isPresent() && key.get().equals(DEV_ENCRYPTION_KEY) && environment.equals("production")
                && !bool(config, "ALLOW_INSECURE_CONFIG", problems)) {
            problems.add("ENCRYPTION_KEY is the published development key: set your own (openssl rand -hex 32)");
        } else {
            try {
                current = EncryptionKeys.parse(key.orElse(DEV_ENCRYPTION_KEY));
            } catch (IllegalArgumentException e) {
                problems.add("ENCRYPTION_KEY " + e.getMessage());
            }
        }
        List<byte[]> previous = List.of();
        try {
            previous = EncryptionKeys.parseList(text(config, "ENCRYPTION_KEYS_PREVIOUS").orElse(""));
        } catch (IllegalArgumentException e) {
            problems.add("ENCRYPTION_KEYS_PREVIOUS is a comma-separated list of keys, each of which " + e.getMessage());
        }
        return current == null ? null : new EncryptionKeys(current, previous);
    }

    private static Webhooks webhooks(Config config, List<String> problems) {
        Set<Integer> ports = new HashSet<>();
        String allowed = text(config, "WEBHOOK_ALLOWED_PORTS").orElse("");
        for (String part : allowed.split(",")) {
            if (!part.isBlank() && !part.strip().equals("*")) {
                try {
                    int port = Integer.parseInt(part.strip());
                    if (port < 1 || port > 65535) {
                        throw new NumberFormatException();
                    }
                    ports.add(port);
                } catch (NumberFormatException e) {
                    problems.add("WEBHOOK_ALLOWED_PORTS must list ports (1-65535), comma-separated, or be * (got '"
                            + part.strip() + "')");
                }
            }
        }
        return new Webhooks(bool(config, "WEBHOOK_ALLOW_PRIVATE_NETWORKS", problems),
                bool(config, "WEBHOOK_ALLOW_HTTP", problems), ports, allowed.strip().equals("*"),
                integer(config, "WEBHOOK_CONCURRENCY", 1, 1000, problems), retrySchedule(config, problems),
                Duration.ofDays(integer(config, "WEBHOOK_DELIVERY_RETENTION_DAYS", 1, 3650, problems)));
    }

    /** WEBHOOK_RETRY_SCHEDULE_MS: the waits before attempts 2, 3, ... in milliseconds; empty: the standard one. */
    private static List<Duration> retrySchedule(Config config, List<String> problems) {
        Optional<String> text = text(config, "WEBHOOK_RETRY_SCHEDULE_MS");
        if (text.isEmpty()) {
            return RetrySchedule.STANDARD;
        }
        List<Duration> waits = new ArrayList<>();
        for (String part : text.get().split(",")) {
            try {
                long millis = Long.parseLong(part.strip());
                if (millis < 0) {
                    throw new NumberFormatException();
                }
                waits.add(Duration.ofMillis(millis));
            } catch (NumberFormatException e) {
                problems.add("WEBHOOK_RETRY_SCHEDULE_MS must list waits in milliseconds, comma-separated (got '"
                        + part.strip() + "')");
            }
        }
        if (waits.size() > 24) {
            problems.add("WEBHOOK_RETRY_SCHEDULE_MS allows at most 24 retries");
        }
        return waits;
    }

    /**
     * In production (NODE_ENV=production, the default) a published token secret or an empty database password is
     * refused, unless ALLOW_INSECURE_CONFIG=true says it is meant.
     */
    private static void refuseInsecureProduction(Config config, String environment, byte[] secret, String password,
                                                 List<String> problems) {
        if (!environment.equals("production") || bool(config, "ALLOW_INSECURE_CONFIG", problems)) {
            return;
        }
        if (secret != null && PUBLISHED_SECRETS.contains(new String(secret, StandardCharsets.UTF_8))) {
            problems.add("SUPABASE_JWT_SECRET is a published development secret: set your project's own "
                    + "(or ALLOW_INSECURE_CONFIG=true to run with it anyway)");
        }
        if (password.isEmpty()) {
            problems.add("The database password is empty in production: set DATABASE_PASSWORD or put it in "
                    + "DATABASE_URL (or ALLOW_INSECURE_CONFIG=true to run without one)");
        }
    }

    /** SUPABASE_JWT_AUDIENCE (empty: aud unchecked), SUPABASE_URL (the issuer), and how claims map to a caller. */
    private static TokenRules tokenRules(Config config, List<String> problems) {
        String issuer = null;
        Optional<String> supabaseUrl = text(config, "SUPABASE_URL");
        if (supabaseUrl.isPresent()) {
            if (supabaseUrl.get().matches("https?://[^\\s/]+(/\\S*)?")) {
                issuer = TokenRules.supabaseIssuer(supabaseUrl.get());
            } else {
                problems.add("SUPABASE_URL must be an http(s) URL such as https://<project>.supabase.co");
            }
        }
        String roleName = text(config, "CRM_DEFAULT_ROLE").orElse("viewer");
        Role defaultRole = switch (roleName) {
            case "admin" -> Role.ADMIN;
            case "member" -> Role.MEMBER;
            case "viewer" -> Role.VIEWER;
            default -> {
                problems.add("CRM_DEFAULT_ROLE must be admin, member or viewer (got '" + roleName + "')");
                yield Role.VIEWER;
            }
        };
        boolean topLevelWorkspace = bool(config, "JWT_TOP_LEVEL_WORKSPACE_CLAIM", problems);
        int maxLifetime = integer(config, "JWT_MAX_LIFETIME_SECONDS", 60, 31_536_000, problems);
        return new TokenRules(text(config, "SUPABASE_JWT_AUDIENCE").orElse(null), issuer, topLevelWorkspace,
                defaultRole, Duration.ofSeconds(Math.max(60, maxLifetime)));
    }

    /** SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_TLS, MAIL_FROM and PUBLIC_BASE_URL. */
    private static Mail mail(Config config, int port, List<String> problems) {
        String host = text(config, "SMTP_HOST").orElse("localhost");
        int smtpPort = integer(config, "SMTP_PORT", 1, 65535, problems);
        String tls = text(config, "SMTP_TLS").orElse("none");
        SmtpSettings.Security security = switch (tls) {
            case "none" -> SmtpSettings.Security.NONE;
            case "starttls" -> SmtpSettings.Security.STARTTLS;
            case "tls" -> SmtpSettings.Security.TLS;
            default -> {
                problems.add("SMTP_TLS must be none, starttls or tls (got '" + tls + "')");
                yield SmtpSettings.Security.NONE;
            }
        };
        String from = text(config, "MAIL_FROM").orElse("");
        if (!from.matches("([^<>]*<)?[^\\s<>@]+@[^\\s<>@]+(>)?")) {
            problems.add("MAIL_FROM must be an address, optionally with a name: Axolop CRM <noreply@example.com> (got '"
                    + from + "')");
        }
        String base = text(config, "PUBLIC_BASE_URL").orElse("http://localhost:" + port);
        if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            problems.add("PUBLIC_BASE_URL must be an http(s) URL such as https://crm.example.com (got '" + base + "')");
        }
        return new Mail(new SmtpSettings(host, Math.max(1, smtpPort), text(config, "SMTP_USER").orElse(null),
                text(config, "SMTP_PASSWORD").orElse(null), security, from),
                base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
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

    /**
     * Concurrent exports must leave connections to everything else: the event relay and the job listener hold one
     * each, and requests need at least one.
     */
    private static ExportLimits exportLimits(Config config, int poolSize, List<String> problems) {
        int concurrent = integer(config, "EXPORT_MAX_CONCURRENT", 1, 1000, problems);
        int perWorkspace = integer(config, "EXPORT_MAX_CONCURRENT_PER_WORKSPACE", 1, 1000, problems);
        int maxSeconds = integer(config, "EXPORT_MAX_SECONDS", 1, 86_400, problems);
        int writeTimeout = integer(config, "EXPORT_WRITE_TIMEOUT_SECONDS", 1, 3_600, problems);
        if (poolSize > 0 && concurrent > poolSize - 3) {
            problems.add("EXPORT_MAX_CONCURRENT (" + concurrent + ") must leave at least 3 of DATABASE_POOL_SIZE ("
                    + poolSize + ") connections to the rest of the service: each running export holds one");
        }
        return new ExportLimits(Math.max(1, concurrent), Math.max(1, perWorkspace), Duration.ofSeconds(Math.max(1, maxSeconds)),
                Duration.ofSeconds(Math.max(1, writeTimeout)));
    }

    private static TrustedProxies trustedProxies(Config config, List<String> problems) {
        try {
            return TrustedProxies.parse(text(config, "TRUSTED_PROXIES").orElse(""));
        } catch (IllegalArgumentException e) {
            problems.add("TRUSTED_PROXIES must list addresses or CIDRs, comma-separated (" + e.getMessage() + ")");
            return TrustedProxies.NONE;
        }
    }

    private static RateLimit rateLimit(Config config, String name, String prefix, List<String> problems) {
        return rateLimit(config, name, prefix + "_MAX_REQUESTS", prefix + "_WINDOW_MS", problems);
    }

    private static RateLimit rateLimit(Config config, String name, String maxKey, String windowKey,
                                       List<String> problems) {
        int windowMs = integer(config, windowKey, 1, Integer.MAX_VALUE, problems);
        int max = integer(config, maxKey, 1, Integer.MAX_VALUE, problems);
        return windowMs > 0 && max > 0 ? new RateLimit(name, max, Duration.ofMillis(windowMs))
                : new RateLimit(name, 1, Duration.ofMillis(1));
    }

    static boolean bool(Config config, String key, List<String> problems) {
        String value = text(config, key).orElse("");
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key + " must be true or false (got '" + value + "')");
        }
        return value.equals("true");
    }

    static Optional<String> text(Config config, String key) {
        return config.get(key).asString().asOptional().map(String::strip).filter(s -> !s.isEmpty());
    }

    static int integer(Config config, String key, int min, int max, List<String> problems) {
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
