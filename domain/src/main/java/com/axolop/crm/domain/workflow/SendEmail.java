package com.axolop.crm.domain.workflow;

import static com.axolop.crm.domain.workflow.Values.part;

import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends an email from a template (a base template's name, or the id of one of the workspace's email templates) to an
 * address, or to one the event holds ("{{lead.email}}"). {@code data} adds variables for the template: a JSON object,
 * kept as canonical text as custom fields are.
 */
public record SendEmail(String template, String to, CustomFields data) implements WorkflowStep {
    public static final String TYPE = "send_email";
    public static final int MAX_TO = 254;
    private static final Pattern TEMPLATE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*}}");

    public SendEmail {
        template = part("template", template, SendEmail::template);
        to = part("to", to, SendEmail::recipient);
        data = data == null ? CustomFields.EMPTY : data;
    }

    /** A base template's name, such as welcome or leadNotification, or an email template's id (a UUID). */
    public static String template(String template) {
        if (template != null && TEMPLATE.matcher(template).matches()) {
            return template;
        }
        try {
            return UUID.fromString(template == null ? "" : template).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a template name such as welcome (a letter, then up to 99"
                    + " letters, digits, _ or -) or an email template's id");
        }
    }

    /** An email address, or a placeholder naming a field of the event by its dotted path. */
    public static String recipient(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        if (to.length() > MAX_TO) {
            throw new IllegalArgumentException("must be at most " + MAX_TO + " characters");
        }
        var placeholder = PLACEHOLDER.matcher(to.strip());
        if (placeholder.matches()) {
            return "{{" + placeholder.group(1) + "}}";
        }
        try {
            return new EmailAddress(to).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be an email address or a placeholder such as {{lead.email}}");
        }
    }

    /**
     * Where this email goes on a record: {@code to} itself, or the address at the field its placeholder names in
     * {@code context} ({"lead": {...}}). Refused when that field holds no valid address.
     */
    public EmailAddress recipientIn(Map<String, Object> context) {
        if (!to.startsWith("{{")) {
            return new EmailAddress(to);
        }
        String path = to.substring(2, to.length() - 2);
        if (!(Conditions.resolve(context, path) instanceof String address) || address.isBlank()) {
            throw new InvalidFieldException("to", "names " + path + ", which holds no email address on this record");
        }
        try {
            return new EmailAddress(address);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("to", "names " + path + ", which holds '" + address
                    + "', not a valid email address");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
