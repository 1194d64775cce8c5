package com.axolop.crm.bootstrap;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Production entry point: configuration from the environment, no embedded infrastructure. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        routeJulToSlf4j();
        AppConfig config;
        try {
            config = AppConfig.from(environmentConfig());
        } catch (InvalidConfigException e) {
            e.problems().forEach(problem -> System.err.println("Configuration error: " + problem));
            System.exit(2);
            return;
        }
        String logDir = System.getenv("LOG_DIR");
        if (logDir != null && !logDir.isBlank()) {
            try {
                FileLogs.attach(Path.of(logDir));
            } catch (RuntimeException e) {
                System.err.println("Configuration error: LOG_DIR " + logDir + " is not a writable directory");
                System.exit(2);
                return;
            }
        }
        Application app;
        try {
            app = Application.start(config);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("Start-up failed", e);
            System.err.println("Start-up failed: " + rootCause(e).getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        LoggerFactory.getLogger(Main.class).info("Axolop CRM listening on port {}", app.port());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static Config environmentConfig() {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.environmentVariables(), ConfigSources.systemProperties(),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }

    static void routeJulToSlf4j() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
