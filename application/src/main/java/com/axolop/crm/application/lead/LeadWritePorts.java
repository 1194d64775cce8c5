package com.axolop.crm.application.lead;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.TransactionRunner;
import java.time.Clock;
import java.util.Objects;

/** What every lead write needs: the store, the outbox and transaction it writes through, the cache it invalidates. */
public record LeadWritePorts(LeadRepository leads, EventOutbox outbox, TransactionRunner transactions, Cache cache,
                             Clock clock) {
    public LeadWritePorts {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(clock, "clock");
    }
}
