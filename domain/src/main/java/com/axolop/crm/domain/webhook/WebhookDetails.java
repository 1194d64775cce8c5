package com.axolop.crm.domain.webhook;

import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.workflow.CallWebhook;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a client sets on a webhook subscription: where deliveries go, which events it wants ("lead.created",
 * "lead.*" or "*"), a description, and whether it is active. Whether the URL's scheme, port and host are allowed is
 * the delivery side's call (configuration), checked on save besides these rules.
 */
public record WebhookDetails(String url, List<String> events, String description, boolean active) {
    public static final int MAX_EVENTS = 50;
    public static final int MAX_DESCRIPTION = 500;
    private static final Pattern EVENT = Pattern.compile("\\*|[a-z][a-z_]*(\\.[a-z][a-z_]*)*(\\.\\*)?");

    public WebhookDetails {
        var violations = new ArrayList<FieldViolation>();
        String checkedUrl = check("url", url, WebhookDetails::url, violations);
        List<String> checkedEvents = check("events", events, WebhookDetails::events, violations);
        String checkedDescription = check("description", description,
                given -> Text.optional(given, MAX_DESCRIPTION), violations);
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations);
        }
        url = checkedUrl;
        events = checkedEvents;
        description = checkedDescription;
    }

    /** An absolute http(s) URL with a host (the webhook step's rule) and no user info: credentials go in headers. */
    public static String url(String url) {
        String checked = CallWebhook.url(url);
        if (URI.create(checked).getRawUserInfo() != null) {
            throw new IllegalArgumentException("must not carry user info (user:password@)");
        }
        return checked;
    }

    /** 1 to {@value #MAX_EVENTS} distinct event types or patterns ("lead.*", "*"), in the order given. */
    public static List<String> events(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("must list at least one event type (or \"*\")");
        }
        var distinct = new LinkedHashSet<String>();
        for (String event : events) {
            if (event == null || !EVENT.matcher(event).matches() || event.length() > 100) {
                throw new IllegalArgumentException("must hold event types such as \"lead.created\", \"lead.*\" or "
                        + "\"*\" (got " + (event == null ? "null" : "\"" + event + "\"") + ")");
            }
            distinct.add(event);
        }
        if (distinct.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("must hold at most " + MAX_EVENTS + " event types");
        }
        return List.copyOf(distinct);
    }

    /** Whether an event of {@code type} matches one of the patterns ("lead.*" matches "lead.created"). */
    public boolean wants(String type) {
        for (String pattern : events) {
            if (pattern.equals("*") || pattern.equals(type)
                    || pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The same subscription, inactive. */
    public WebhookDetails inactive() {
        return new WebhookDetails(url, events, description, false);
    }

    private static <V> V check(String field, V given, UnaryOperator<V> rule, List<FieldViolation> violations) {
        try {
            return rule.apply(given);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, field + " " + e.getMessage()));
            return null;
        }
    }
}
