package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.axolop.crm.adapter.kafka.KafkaConnection;
import com.axolop.crm.adapter.mail.SmtpSettings;
import com.axolop.crm.adapter.redis.RedisEndpoint;
import com.axolop.crm.adapter.rest.auth.TokenRules;
import com.axolop.crm.application.shared.Role;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    @Test
    void reportsEveryMissingOrInvalidSettingOnItsOwnLine() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> AppConfig.from(config(Map.of("PORT", "99999", "SUPABASE_JWT_SECRET", "short"))));

        assertThat(error.problems()).hasSize(3);
        assertThat(error.problems().get(0)).startsWith("PORT must be an integer between 0 and 65535");
        assertThat(error.problems().get(1)).startsWith("DATABASE_URL is required");
        assertThat(error.problems().get(2)).startsWith("SUPABASE_JWT_SECRET must be at least 32 bytes");
    }

    @Test
    void acceptsThePostgresUrlFormWithCredentials() {
        AppConfig config = AppConfig.from(config(Map.of(
                "DATABASE_URL", "postgresql://crm:s3cret@db.example.com:6543/crm?sslmode=require",
                "SUPABASE_JWT_SECRET", "x".repeat(40))));

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/crm?sslmode=require");
        assertThat(config.databaseUser()).isEqualTo("crm");
        assertThat(config.databasePassword()).isEqualTo("s3cret");
        assertThat(config.port()).isEqualTo(3002);
    }

    @Test
    void rejectsADatabaseUrlOfAnotherKind() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> AppConfig.from(
                config(Map.of("DATABASE_URL", "mysql://x", "SUPABASE_JWT_SECRET", "x".repeat(40)))));

        assertThat(error.problems()).containsExactly(
                "DATABASE_URL must start with jdbc:postgresql://, postgres:// or postgresql://");
    }

    @Test
    void mailSettingsFollowTheEnvironmentAndThePublicBaseUrlDefaultsToThisService() {
        AppConfig config = AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                "SUPABASE_JWT_SECRET", "x".repeat(40), "SMTP_HOST", "smtp.example.com", "SMTP_PORT", "587",
                "SMTP_USER", "apikey", "SMTP_PASSWORD", "pw", "SMTP_TLS", "starttls", "MAIL_FROM",
                "Acme <crm@acme.example>")));

        assertThat(config.mail().smtp()).isEqualTo(new SmtpSettings("smtp.example.com", 587, "apikey", "pw",
                SmtpSettings.Security.STARTTLS, "Acme <crm@acme.example>"));
        assertThat(config.mail().publicBaseUrl()).isEqualTo("http://localhost:3002");
    }

    @Test
    void refusesAnUnknownSmtpTlsModeABadSenderAndABadPublicBaseUrl() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> AppConfig.from(
                config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET", "x".repeat(40),
                        "SMTP_TLS", "ssl", "MAIL_FROM", "nobody", "PUBLIC_BASE_URL", "crm.example.com"))));

        assertThat(error.problems()).hasSize(3);
        assertThat(error.problems().get(0)).startsWith("SMTP_TLS must be none, starttls or tls (got 'ssl')");
        assertThat(error.problems().get(1)).startsWith("MAIL_FROM must be an address");
        assertThat(error.problems().get(2)).startsWith("PUBLIC_BASE_URL must be an http(s) URL");
    }

    @Test
    void tokenRulesDefaultToSupabasesAudienceViewerAppMetadataAndADay() {
        AppConfig config = AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                "SUPABASE_JWT_SECRET", "x".repeat(40))));

        assertThat(config.tokenRules()).isEqualTo(TokenRules.DEFAULTS);
    }

    @Test
    void tokenRulesFollowTheirSettings() {
        AppConfig config = AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                "SUPABASE_JWT_SECRET", "x".repeat(40), "SUPABASE_URL", "https://abc.supabase.co",
                "SUPABASE_JWT_AUDIENCE", "crm", "CRM_DEFAULT_ROLE", "member", "JWT_TOP_LEVEL_WORKSPACE_CLAIM", "true",
                "JWT_MAX_LIFETIME_SECONDS", "3600")));

        assertThat(config.tokenRules()).isEqualTo(new TokenRules("crm", "https://abc.supabase.co/auth/v1", true,
                Role.MEMBER, Duration.ofHours(1)));
    }

    @Test
    void anUnknownDefaultRoleIsRefused() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> AppConfig.from(
                config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET", "x".repeat(40),
                        "CRM_DEFAULT_ROLE", "owner"))));

        assertThat(error.problems()).containsExactly("CRM_DEFAULT_ROLE must be admin, member or viewer (got 'owner')");
    }

    @Test
    void productionRefusesThePublishedDevSecretOnOneLine() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> AppConfig.from(
                config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET", AppConfig.DEV_JWT_SECRET))));

        assertThat(error.problems()).containsExactly("SUPABASE_JWT_SECRET is a published development secret: set "
                + "your project's own (or ALLOW_INSECURE_CONFIG=true to run with it anyway)");
    }

    @Test
    void productionRefusesAnEmptyDatabasePasswordOnOneLine() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> AppConfig.from(
                config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET", "x".repeat(40),
                        "DATABASE_PASSWORD", ""))));

        assertThat(error.problems()).containsExactly("The database password is empty in production: set "
                + "DATABASE_PASSWORD or put it in DATABASE_URL (or ALLOW_INSECURE_CONFIG=true to run without one)");
    }

    @Test
    void insecureSettingsStartWhenExplicitlyAllowedOrOutsideProduction() {
        Map<String, String> insecure = Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "DATABASE_PASSWORD", "",
                "SUPABASE_JWT_SECRET", AppConfig.DEV_JWT_SECRET);

        assertThat(AppConfig.from(config(with(insecure, "ALLOW_INSECURE_CONFIG", "true"))).environment())
                .isEqualTo("production");
        assertThat(AppConfig.from(config(with(insecure, "NODE_ENV", "development"))).environment())
                .isEqualTo("development");
    }

    @Test
    void aRedissUrlReachesAManagedRedisOverTlsWithItsCredentials() {
        AppConfig config = AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                "SUPABASE_JWT_SECRET", "x".repeat(40), "REDIS_URL", "rediss://crm:p%40ss@cache.example.com:6380")));

        assertThat(config.redis()).isEqualTo(new RedisEndpoint("cache.example.com", 6380, "crm", "p@ss", true, null,
                null));
    }

    @Test
    void redisTlsOnHostAndPort() {
        AppConfig config = AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                "SUPABASE_JWT_SECRET", "x".repeat(40), "REDIS_HOST", "cache", "REDIS_PASSWORD", "pw", "REDIS_TLS", "true")));

        assertThat(config.redis()).isEqualTo(new RedisEndpoint("cache", 6379, null, "pw", true, null, null));
    }

    @Test
    void kafkaSaslSettingsReachTheClients() {
        AppConfig config = AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                "SUPABASE_JWT_SECRET", "x".repeat(40), "KAFKA_BOOTSTRAP_SERVERS", "k:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "login")));

        assertThat(config.kafka().connection()).isEqualTo(new KafkaConnection("k:9093", "SASL_SSL", "SCRAM-SHA-512",
                "login"));
    }

    @Test
    void saslWithoutItsMechanismAndLoginIsRefused() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> AppConfig.from(
                config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET", "x".repeat(40),
                        "KAFKA_BOOTSTRAP_SERVERS", "k:9093", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL"))));

        assertThat(error.problems()).containsExactly(
                "KAFKA_SECURITY_PROTOCOL SASL_SSL needs KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG");
    }

    @Test
    void slowQueriesAreThoseOverASecondUnlessSlowQueryMsSaysOtherwise() {
        var required = Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET", "x".repeat(40));

        assertThat(AppConfig.from(config(required)).slowQuery()).isEqualTo(Duration.ofSeconds(1));
        assertThat(AppConfig.from(config(with(required, "SLOW_QUERY_MS", "250"))).slowQuery())
                .isEqualTo(Duration.ofMillis(250));
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> AppConfig.from(config(with(required, "SLOW_QUERY_MS", "-1"))));
        assertThat(error.problems()).containsExactly(
                "SLOW_QUERY_MS must be an integer between 0 and 2147483647 (got '-1')");
    }

    @Test
    void importsTakeFiftyMegabytesUnlessToldOtherwiseAndRefuseANonsenseLimit() {
        Map<String, String> base = Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET",
                "x".repeat(40));

        assertThat(AppConfig.from(config(base)).bulk().importMaxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(catchThrowableOfType(InvalidConfigException.class,
                () -> AppConfig.from(config(with(base, "IMPORT_MAX_BYTES", "0")))).problems())
                .containsExactly("IMPORT_MAX_BYTES must be an integer between 1 and 2147483647 (got '0')");
    }

    @Test
    void exportPackagesAreKeptADayUnlessToldOtherwiseAndRefuseNoRetention() {
        Map<String, String> base = Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET",
                "x".repeat(40));

        assertThat(AppConfig.from(config(base)).bulk().exportRetention()).isEqualTo(Duration.ofHours(24));
        assertThat(AppConfig.from(config(with(base, "EXPORT_RETENTION_HOURS", "2"))).bulk().exportRetention())
                .isEqualTo(Duration.ofHours(2));
        assertThat(catchThrowableOfType(InvalidConfigException.class,
                () -> AppConfig.from(config(with(base, "EXPORT_RETENTION_HOURS", "0")))).problems())
                .containsExactly("EXPORT_RETENTION_HOURS must be an integer between 1 and 8760 (got '0')");
    }

    @Test
    void webhookDeliveriesAreKeptThirtyDaysUnlessToldOtherwiseAndRefuseNoRetention() {
        Map<String, String> base = Map.of("DATABASE_URL", "jdbc:postgresql://db/crm", "SUPABASE_JWT_SECRET",
                "x".repeat(40));

        assertThat(AppConfig.from(config(base)).webhooks().deliveryRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(AppConfig.from(config(with(base, "WEBHOOK_DELIVERY_RETENTION_DAYS", "7"))).webhooks()
                .deliveryRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(catchThrowableOfType(InvalidConfigException.class,
                () -> AppConfig.from(config(with(base, "WEBHOOK_DELIVERY_RETENTION_DAYS", "0")))).problems())
                .containsExactly("WEBHOOK_DELIVERY_RETENTION_DAYS must be an integer between 1 and 3650 (got '0')");
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        var more = new java.util.HashMap<>(values);
        more.put(key, value);
        return more;
    }

    @Test
    void productionWithoutEncryptionKeyIsOneClearStartUpError() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                        "SUPABASE_JWT_SECRET", "x".repeat(40), "ENCRYPTION_KEY", ""))));

        assertThat(error.problems()).singleElement().asString().startsWith("ENCRYPTION_KEY is required in production");
    }

    @Test
    void wrongEncryptionKeyIsOneClearStartUpErrorThatDoesNotEchoIt() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> AppConfig.from(config(Map.of("DATABASE_URL", "jdbc:postgresql://db/crm",
                        "SUPABASE_JWT_SECRET", "x".repeat(40), "ENCRYPTION_KEY", "not-a-key-s3cr3t"))));

        assertThat(error.problems()).singleElement().asString().startsWith("ENCRYPTION_KEY must be 32 bytes")
                .doesNotContain("s3cr3t");
    }

    /** {@code values} over application.yaml, with a database password unless they set one. */
    private static Config config(Map<String, String> values) {
        var settings = new java.util.HashMap<>(Map.of("DATABASE_PASSWORD", "s3cret",
                "ENCRYPTION_KEY", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
        settings.putAll(values);
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .build();
    }
}
