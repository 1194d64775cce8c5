package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.adapterport.RateLimitDecision;
import com.axolop.crm.application.adapterport.RateLimiter;
import java.time.Duration;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.client.RedisException;

/**
 * Fixed-window counting in Redis, one round trip per request (INCR, expiry on the first hit, PTTL), so
 * every instance shares the count. While Redis is unavailable each instance counts on its own
 * ({@link LocalRateLimiter}): limits then hold per instance rather than in total.
 */
public class RedisRateLimiter implements RateLimiter {
    private static final String COUNT_IN_WINDOW = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}""";
    private static final String READ_WINDOW = """
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            return {count, redis.call('PTTL', KEYS[1])}""";

    private final RedisAvailability availability;
    private final LocalRateLimiter fallback;
    private volatile String countSha;
    private volatile String readSha;

    public RedisRateLimiter(RedisAvailability availability, LocalRateLimiter fallback) {
        this.availability = availability;
        this.fallback = fallback;
    }

    @Override
    public RateLimitDecision acquire(String caller, RateLimit limit) {
        String key = "rl:" + limit.name() + ":" + caller;
        return availability.call(() -> {
            List<Long> counted = count(key, limit.window());
            long count = counted.get(0);
            return new RateLimitDecision(count <= limit.maxRequests(), limit.maxRequests(),
                    (int) Math.max(0, limit.maxRequests() - count), Duration.ofMillis(counted.get(1)));
        }, () -> fallback.acquire(caller, limit));
    }

    @Override
    public RateLimitDecision peek(String caller, RateLimit limit) {
        String key = "rl:" + limit.name() + ":" + caller;
        return availability.call(() -> {
            List<Long> read = run(READ_WINDOW, false, key, limit.window());
            long count = read.get(0);
            Duration reset = read.get(1) > 0 ? Duration.ofMillis(read.get(1)) : limit.window();
            return new RateLimitDecision(count < limit.maxRequests(), limit.maxRequests(),
                    (int) Math.max(0, limit.maxRequests() - count), reset);
        }, () -> fallback.peek(caller, limit));
    }

    private List<Long> count(String key, Duration window) {
        return run(COUNT_IN_WINDOW, true, key, window);
    }

    // EVALSHA sends 40 bytes instead of the script; after a Redis restart the script is loaded again.
    private List<Long> run(String source, boolean counting, String key, Duration window) {
        RScript script = availability.redis().getScript();
        String sha = counting ? countSha : readSha;
        if (sha != null) {
            try {
                return script.evalSha(RScript.Mode.READ_WRITE, sha, RScript.ReturnType.LIST, List.of(key),
                        String.valueOf(window.toMillis()));
            } catch (RedisException e) {
                if (e.getMessage() == null || !e.getMessage().contains("NOSCRIPT")) {
                    throw e;
                }
            }
        }
        sha = script.scriptLoad(source);
        if (counting) {
            countSha = sha;
        } else {
            readSha = sha;
        }
        return script.evalSha(RScript.Mode.READ_WRITE, sha, RScript.ReturnType.LIST, List.of(key),
                String.valueOf(window.toMillis()));
    }
}
