package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.adapterport.RateLimitDecision;
import com.axolop.crm.application.adapterport.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.redisson.api.RScript;

/**
 * Fixed windows counted in Redis, so every instance shares the count. An instance leases permits from the window in
 * batches ({@link #leaseSize}) and admits requests from its lease without a round trip: it never admits more than
 * it took, so the limit holds in total; the price is that a caller may be refused while up to a lease's worth of
 * its permits sits unused on each other instance (nothing at the contract's small limits, where a lease is one
 * permit). A full window is remembered until it ends, so refusals need no round trip either. While Redis is
 * unavailable each instance counts on its own ({@link LocalRateLimiter}): limits then hold per instance.
 */
public class RedisRateLimiter implements RateLimiter {
    /** Takes up to ARGV[2] permits if the window (ARGV[1] ms, ARGV[3] permits) has them: {granted, count, ttl}. */
    private static final LuaScript LEASE = new LuaScript("""
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            local grant = math.min(tonumber(ARGV[2]), tonumber(ARGV[3]) - count)
            if grant > 0 then count = redis.call('INCRBY', KEYS[1], grant) else grant = 0 end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              if count > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
              ttl = tonumber(ARGV[1])
            end
            return {grant, count, ttl}""", RScript.ReturnType.LIST);
    private static final LuaScript READ_WINDOW = new LuaScript("""
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            return {count, redis.call('PTTL', KEYS[1])}""", RScript.ReturnType.LIST);
    private static final int MAX_LEASE = 100;
    private static final int SWEEP_ABOVE = 10_000;

    private final RedisAvailability availability;
    private final LocalRateLimiter fallback;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    public RedisRateLimiter(RedisAvailability availability, LocalRateLimiter fallback) {
        this.availability = availability;
        this.fallback = fallback;
    }

    /** A thousandth of the limit, 1 to {@value #MAX_LEASE}: a request in a thousand asks Redis at high limits. */
    static int leaseSize(RateLimit limit) {
        return Math.clamp(limit.maxRequests() / 1_000, 1, MAX_LEASE);
    }

    @Override
    public RateLimitDecision acquire(String caller, RateLimit limit) {
        String key = "rl:" + limit.name() + ":" + caller;
        if (leases.size() > SWEEP_ABOVE) {
            long now = System.nanoTime();
            leases.values().removeIf(lease -> lease.endedBy(now));
        }
        Lease lease = leases.computeIfAbsent(key, k -> new Lease());
        RateLimitDecision local = lease.take(limit, System.nanoTime());
        if (local != null) {
            return local;
        }
        lease.renewal.lock();
        try {
            local = lease.take(limit, System.nanoTime());
            if (local != null) {
                return local; // another request renewed it meanwhile
            }
            return availability.call(() -> {
                long askedAt = System.nanoTime();
                List<Long> granted = LEASE.run(availability.redis(), key, String.valueOf(limit.window().toMillis()),
                        String.valueOf(leaseSize(limit)), String.valueOf(limit.maxRequests()));
                // The window is taken to end a round trip early rather than late: a lease never outlives it.
                lease.renew(granted.get(0).intValue(), granted.get(1), askedAt + granted.get(2) * 1_000_000);
                return lease.take(limit, System.nanoTime());
            }, () -> fallback.acquire(caller, limit));
        } finally {
            lease.renewal.unlock();
        }
    }

    @Override
    public RateLimitDecision peek(String caller, RateLimit limit) {
        String key = "rl:" + limit.name() + ":" + caller;
        return availability.call(() -> {
            List<Long> read = READ_WINDOW.run(availability.redis(), key);
            long count = read.get(0);
            Duration reset = read.get(1) > 0 ? Duration.ofMillis(read.get(1)) : limit.window();
            return new RateLimitDecision(count < limit.maxRequests(), limit.maxRequests(),
                    (int) Math.max(0, limit.maxRequests() - count), reset);
        }, () -> fallback.peek(caller, limit));
    }

    /** This instance's share of one caller's window: permits taken and not yet used, or the window's end if full. */
    private static final class Lease {
        final ReentrantLock renewal = new ReentrantLock();
        private int unused;
        private long counted;
        private boolean full;
        private long endsAt = System.nanoTime();

        synchronized void renew(int granted, long count, long windowEndsAt) {
            unused = granted;
            counted = count;
            full = granted == 0;
            endsAt = windowEndsAt;
        }

        /** A decision from the lease, or null when only Redis can give one. */
        synchronized RateLimitDecision take(RateLimit limit, long now) {
            if (endedBy(now) || (unused == 0 && !full)) {
                return null;
            }
            Duration reset = Duration.ofNanos(endsAt - now);
            if (full) {
                return new RateLimitDecision(false, limit.maxRequests(), 0, reset);
            }
            unused--;
            int remaining = (int) Math.max(0, limit.maxRequests() - counted + unused);
            return new RateLimitDecision(true, limit.maxRequests(), remaining, reset);
        }

        synchronized boolean endedBy(long now) {
            return now - endsAt >= 0;
        }
    }
}
