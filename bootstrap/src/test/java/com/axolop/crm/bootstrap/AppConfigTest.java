package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
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

    private static Config config(Map<String, String> values) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(values), ConfigSources.classpath("application.yaml"))
                .build();
    }
}
