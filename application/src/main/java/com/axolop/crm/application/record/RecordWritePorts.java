package com.axolop.crm.application.record;

import com.axolop.crm.application.port.EventOutbox;
import com.axolop.crm.application.port.ExistingRecords;
import com.axolop.crm.application.port.TransactionRunner;
import java.time.Clock;
import java.util.Objects;

/** What every record write needs besides its own store: the outbox and transaction, reference checks, time. */
public record RecordWritePorts(EventOutbox outbox, TransactionRunner transactions, ExistingRecords references,
                               Clock clock) {
    public RecordWritePorts {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(clock, "clock");
    }
}
