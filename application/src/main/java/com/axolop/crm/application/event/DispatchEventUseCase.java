package com.axolop.crm.application.event;

public interface DispatchEventUseCase {
    /** Hands the event to every subscriber that accepts it and has not processed it yet. */
    void dispatch(ReceivedEvent event);
}
