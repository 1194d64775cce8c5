/**
 * Ports the use cases never call: adapters meet through them without depending on each other. The REST
 * adapter limits requests through {@link com.axolop.crm.application.adapterport.RateLimiter} (Redis implements
 * it); the outbox relay publishes through {@link com.axolop.crm.application.adapterport.EventPublisher}
 * (Kafka implements it).
 */
package com.axolop.crm.application.adapterport;
