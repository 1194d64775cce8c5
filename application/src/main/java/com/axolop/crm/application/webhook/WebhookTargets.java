package com.axolop.crm.application.webhook;

/**
 * Which URLs deliveries may go to (scheme, port, and the addresses the host resolves to), by configuration: the
 * same rules refuse a URL when a subscription is saved and again at every delivery, after a fresh resolution.
 */
@FunctionalInterface
public interface WebhookTargets {
    /** {@code IllegalArgumentException} saying why the URL is refused ("resolves to a private address"). */
    void check(String url);
}
