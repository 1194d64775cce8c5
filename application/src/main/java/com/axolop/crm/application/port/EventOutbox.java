package com.axolop.crm.application.port;

import java.util.List;

/** Appends events inside the caller's transaction; a relay publishes them after commit. */
public interface EventOutbox {
    void append(List<OutboxEvent> events);
}
