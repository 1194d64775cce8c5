package com.axolop.crm.bootstrap;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;
import com.axolop.crm.adapter.postgres.shared.QueryTimer;
import com.axolop.crm.adapter.redis.LocalRateLimiter;
import com.axolop.crm.adapter.redis.RedisAvailability;
import com.axolop.crm.adapter.redis.RedisCache;
import com.axolop.crm.adapter.redis.RedisConnection;
import com.axolop.crm.adapter.redis.RedisRateLimiter;
import com.axolop.crm.adapter.rest.RestApi;
import com.axolop.crm.adapter.rest.auth.JwtAuthenticator;
import com.axolop.crm.adapter.rest.shared.DirectErrorHandler;
import com.axolop.crm.adapter.rest.shared.JsonBody;
import com.axolop.crm.adapter.rest.system.ApiInfo;
import com.axolop.crm.application.activity.ListActivitiesService;
import com.axolop.crm.application.cache.ClearCacheService;
import com.axolop.crm.application.port.Cache;
import io.helidon.common.socket.SocketOptions;
import io.helidon.http.DirectHandler;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRules;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.redisson.api.RedissonClient;

/** The running service: database, Redis, web server. Production and dev mode both start it here. */
public final class Application implements AutoCloseable {
    static final String NAME = "axolop-crm";
    static final String VERSION = "0.1.0";

    private final PostgresDatabase database;
    private final RedissonClient redis;
    private final EventRelay relay;
    private final PeriodicTask housekeeping;
    private final JobWorkers jobs;
    private final WebServer server;

    private Application(PostgresDatabase database, RedissonClient redis, EventRelay relay,
                        PeriodicTask housekeeping, JobWorkers jobs, WebServer server) {
        this.database = database;
        this.redis = redis;
        this.relay = relay;
        this.housekeeping = housekeeping;
        this.jobs = jobs;
        this.server = server;
    }

    public static Application start(AppConfig config) {
        // PostgreSQL keeps microseconds: a clock of the same precision makes written and read-back values equal.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
        MeterRegistry meters = Metrics.globalRegistry();
        PostgresDatabase database = PostgresDatabase.connect(config.jdbcUrl(), config.databaseUser(),
                config.databasePassword(), config.databasePoolSize(), config.statementTimeout(),
                config.idleInTransactionTimeout(), new QueryTimer(meters, config.slowQuery()));
        // Redis connects (Redisson's and Netty's classes, its first connections) while the migrations run.
        CompletableFuture<RedissonClient> connecting = CompletableFuture.supplyAsync(
                () -> RedisConnection.connect(config.redis()), task -> Thread.ofVirtual().start(task));
        RedissonClient redisClient = null;
        EventRelay events = null;
        PeriodicTask housekeeping = null;
        JobWorkers jobs = null;
        try {
            database.migrate();
            redisClient = joined(connecting);
            var redis = new RedisAvailability(redisClient, meters);
            Cache cache = config.cacheEnabled()
                    ? new RedisCache(redis, config.cacheTtls(), config.nearCache(), meters) : Cache.disabled();
            var wiring = new Wiring(database, cache, clock, config.mail(), config.encryption().cipher(),
                    config.webhooks());
            var databaseHealth = new DatabaseHealthCheck(database);
            var redisHealth = new RedisHealthCheck(redis);
            events = EventRelay.start(config.kafka(), database, wiring.eventDispatch(), meters);
            var kafkaHealth = events.health();
            var runOnce = wiring.runOnce(config.idempotencyKeyTtl());
            // Expired idempotency keys, lost workflow steps, old exports and webhook deliveries: every
            // time-to-live, at most a minute apart.
            Duration every = config.idempotencyKeyTtl().compareTo(Duration.ofMinutes(1)) < 0
                    ? config.idempotencyKeyTtl() : Duration.ofMinutes(1);
            var exports = wiring.exports(config.bulk().exportRetention());
            housekeeping = PeriodicTask.start("housekeeping", every, () -> {
                runOnce.forgetExpired();
                wiring.sweepWorkflows();
                exports.purgeExpired();
                wiring.pruneWebhookDeliveries();
            });
            startReencryption(wiring);
            jobs = wiring.jobWorkers(database.dataSource(), config.jobs(), config.webhooks().concurrency(), meters);
            var deps = new RestApi.Dependencies(new JwtAuthenticator(config.jwtSecret(), clock, config.tokenRules()),
                    new RedisRateLimiter(redis, new LocalRateLimiter(clock)), config.rateLimits(),
                    wiring.leads(), wiring.leads(), wiring.contacts(), wiring.forms(), wiring.submitForm(),
                    new ListActivitiesService(wiring.activities()), new ClearCacheService(cache),
                    wiring.calendarEvents(), wiring.opportunities(), wiring.search(),
                    new ApiInfo(NAME, VERSION, "v1", config.environment(), clock.instant()), meters, clock, runOnce,
                    wiring.queues(), wiring.workflows(), wiring.workflowRuns(), wiring.apiKeys(), wiring.apiKeys(),
                    wiring.me(cache), wiring.analytics(), wiring.emailTemplates(), wiring.imports(),
                    config.bulk().importMaxBytes(), wiring.webhooks(), wiring.webhookDeliveries(), wiring.integrations(),
                    wiring.campaigns(), wiring.campaignTracking(), exports);
            var observe = new ObserveEndpoints(config.managementPort(), databaseHealth, redisHealth, kafkaHealth,
                    new MetricsSummary(meters, clock, clock.instant()));
            WebServer server = WebServer.builder()
                    .port(config.port())
                    // Responses are written whole; without this, Nagle's algorithm holds back their last segment.
                    .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                    // Routes that read JSON hold their own, smaller limit; an upload streams up to IMPORT_MAX_BYTES.
                    .maxPayloadSize(Math.max(2L * JsonBody.MAX_BYTES, config.bulk().importMaxBytes() + 65_536))
                    .directHandlers(directErrorHandlers())
                    .featuresDiscoverServices(false)
                    .update(observe::addTo)
                    .routing(routing -> {
                        ownRoutes(routing, observe);
                        RestApi.routing(routing, deps);
                    })
                    .build()
                    .start();
            return new Application(database, redisClient, events, housekeeping, jobs, server);
        } catch (RuntimeException e) {
            if (jobs != null) {
                jobs.close();
            }
            if (housekeeping != null) {
                housekeeping.close();
            }
            if (events != null) {
                events.close();
            }
            connecting.thenAccept(RedissonClient::shutdown); // now, or once it has connected
            database.close();
            throw e;
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The routes bootstrap serves beside the API's (the OpenAPI document's test walks them). */
    static void ownRoutes(HttpRules routing, ObserveEndpoints observe) {
        observe.route(routing);
        routing.get("/asyncapi.yaml", AsyncApi::send);
    }

    /** In the background: a retired key's values move to the current key while the service already serves. */
    private static void startReencryption(Wiring wiring) {
        Thread.ofVirtual().name("reencrypt-secrets").start(() -> {
            try {
                wiring.reencryptSecrets();
            } catch (RuntimeException e) {
                System.getLogger(Application.class.getName()).log(System.Logger.Level.WARNING,
                        "Re-encrypting stored secrets stopped (it runs again at the next start): " + e);
            }
        });
    }

    private static DirectHandlers directErrorHandlers() {
        var builder = DirectHandlers.builder();
        var handler = new DirectErrorHandler();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    public int port() {
        return server.port();
    }

    /** The port of /metrics and the detailed health when MANAGEMENT_PORT moved them, else -1. */
    public int managementPort() {
        return ObserveEndpoints.managementPort(server);
    }

    @Override
    public void close() {
        server.stop();
        jobs.close();
        housekeeping.close();
        relay.close();
        redis.shutdown();
        database.close();
    }
}
