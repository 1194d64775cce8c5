package com.axolop.crm.application.idempotency;

import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.refusal.IdempotencyKeyReusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Claim the key, run the work, keep the reply: one transaction, which the use cases the work calls join. A
 * concurrent duplicate blocks on the key until the first commits (then replays it) or rolls back (then runs).
 */
public class RunOnceService implements RunOnceUseCase {
    private final IdempotencyKeys keys;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Duration timeToLive;

    public RunOnceService(IdempotencyKeys keys, TransactionRunner transactions, Clock clock, Duration timeToLive) {
        this.keys = Objects.requireNonNull(keys);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("timeToLive must be positive");
        }
        this.timeToLive = timeToLive;
    }

    @Override
    public Outcome run(IdempotentRequest request, Supplier<StoredReply> work) {
        try {
            return transactions.inTransaction(() -> {
                Instant now = clock.instant();
                Optional<KeptReply> kept = keys.claim(request, now, now.plus(timeToLive));
                if (kept.isPresent()) {
                    if (!kept.get().fingerprint().equals(request.fingerprint())) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return new Outcome(kept.get().reply(), true);
                }
                StoredReply reply = work.get();
                if (reply.isFailure()) {
                    throw new FailedReply(reply);
                }
                keys.keep(request, reply);
                return new Outcome(reply, false);
            });
        } catch (FailedReply failed) {
            return new Outcome(failed.reply, false);
        }
    }

    @Override
    public int forgetExpired() {
        return keys.deleteExpired(clock.instant());
    }

    /** Rolls back the claim (and whatever the work wrote) of a request that was answered with an error. */
    private static final class FailedReply extends RuntimeException {
        private final transient StoredReply reply;

        FailedReply(StoredReply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }
    }
}
