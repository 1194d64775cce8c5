package com.axolop.crm.application.event;

import java.util.UUID;

/** Which subscriber has processed which event; called inside the subscriber's transaction. */
public interface ProcessedEvents {
    /** Records the pair; false if it was recorded before (a redelivery). */
    boolean recordFirst(String subscriber, UUID eventId);
}
