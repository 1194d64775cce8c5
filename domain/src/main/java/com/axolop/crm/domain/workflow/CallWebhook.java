package com.axolop.crm.domain.workflow;

import static com.axolop.crm.domain.workflow.Values.part;

import com.axolop.crm.domain.webhook.WebhookSecret;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Posts the run's record to a URL (the API's webhook step), signed as Standard Webhooks when the step has a
 * {@code secret} (null: unsigned).
 */
public record CallWebhook(String url, WebhookSecret secret) implements WorkflowStep {
    public static final String TYPE = "webhook";
    public static final int MAX_URL = 2000;

    public CallWebhook {
        url = part("url", url, CallWebhook::url);
    }

    /** An unsigned call. */
    public CallWebhook(String url) {
        this(url, null);
    }

    /** An absolute http or https URL with a host, at most {@value #MAX_URL} characters. */
    public static String url(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (trimmed.length() <= MAX_URL && web && uri.getHost() != null) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // refused below, like any other URL that is not an http(s) one
        }
        throw new IllegalArgumentException("must be an http or https URL of at most " + MAX_URL + " characters");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
