package com.axolop.crm.domain.form;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EditableRecord;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A lead-capture form; its submissions are checked against its own fields. */
public record Form(Id<Form> id, WorkspaceId workspaceId, FormDetails details, Revision revision)
        implements EditableRecord<Form, FormDetails> {
    private static final int MAX_TEXT = 1000;
    private static final int MAX_TEXTAREA = 10_000;

    public Form {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(revision, "revision");
    }

    public static Change<Form> create(Id<Form> id, WorkspaceId workspace, FormDetails details, UserId createdBy,
                                      Instant now) {
        var form = new Form(id, workspace, details, Revision.first(createdBy, now));
        return Change.of(form, new FormEvent.Created(RecordEvent.newId(), now, form));
    }

    @Override
    public Change<Form> update(FormDetails newDetails, Instant now) {
        if (newDetails.equals(details)) {
            return Change.none(this);
        }
        var next = new Form(id, workspaceId, newDetails, revision.next(now));
        return Change.of(next, new FormEvent.Updated(RecordEvent.newId(), now, this, next));
    }

    @Override
    public Change<Form> delete(Instant now) {
        return Change.of(this, new FormEvent.Deleted(RecordEvent.newId(), now, this));
    }

    /**
     * The lead an accepted submission makes: the mapped values over {@code existing} (the lead with the
     * submitted email, or null for a new one). A new lead without a mapped name is named by its email, else
     * by the form; {@code source} is set when the lead has none, so the first touch is kept.
     */
    public LeadDetails toLead(Map<String, Object> accepted, LeadDetails existing, String source) {
        String name = (String) mapped(accepted, LeadField.NAME);
        String email = (String) mapped(accepted, LeadField.EMAIL);
        String phone = (String) mapped(accepted, LeadField.PHONE);
        String company = (String) mapped(accepted, LeadField.COMPANY);
        String notes = (String) mapped(accepted, LeadField.NOTES);
        BigDecimal value = (BigDecimal) mapped(accepted, LeadField.VALUE);
        if (existing == null) {
            String fallback = email != null ? email : details.name();
            return new LeadDetails(new LeadName(name != null ? name : clip(fallback, LeadName.MAX_LENGTH)), EmailAddress.ofNullable(email), phone,
                    company, null, LeadStatus.NEW, value == null ? null : new MonetaryAmount(value), null, source,
                    notes, null, null, null);
        }
        LeadDetails d = existing;
        return new LeadDetails(name != null ? new LeadName(name) : d.name(),
                email != null ? new EmailAddress(email) : d.email(), phone != null ? phone : d.phone(),
                company != null ? company : d.company(), d.type(), d.status(),
                value != null ? new MonetaryAmount(value) : d.value(), d.currency(),
                d.source() != null ? d.source() : source, notes != null ? notes : d.notes(), d.tags(),
                d.customFields(), d.assignedTo());
    }

    private static String clip(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    private Object mapped(Map<String, Object> accepted, LeadField target) {
        return details.mapping().entrySet().stream().filter(entry -> entry.getValue() == target)
                .map(entry -> accepted.get(entry.getKey())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The submitted email when the form maps one, for finding the lead to update. */
    public EmailAddress leadEmail(Map<String, Object> accepted) {
        return EmailAddress.ofNullable((String) mapped(accepted, LeadField.EMAIL));
    }

    /** A bot's submission: it filled the honeypot field. */
    public boolean isTrap(Map<String, Object> values) {
        Object trap = values.get(details.honeypotField());
        return trap != null && !(trap instanceof String text && text.isBlank()) && !Boolean.FALSE.equals(trap);
    }

    /**
     * The submitted values, checked and normalised field by field (text trimmed, emails validated, numbers as
     * BigDecimal, checkboxes as booleans), in the form's order; absent optional fields are left out.
     *
     * @throws InvalidFieldException listing every refused value, and every value the form does not ask for
     */
    public Map<String, Object> accept(Map<String, Object> values) {
        var accepted = new LinkedHashMap<String, Object>();
        var violations = new ArrayList<FieldViolation>();
        for (String name : values.keySet()) {
            if (!name.equals(details.honeypotField()) && details.fields().stream().noneMatch(f -> f.name().equals(name))) {
                violations.add(new FieldViolation(name, name + " is not a field of this form"));
            }
        }
        for (FormField field : details.fields()) {
            Object raw = values.get(field.name());
            try {
                Object value = normalise(field, raw);
                if (value == null && field.required()) {
                    throw new IllegalArgumentException("is required");
                }
                if (value != null) {
                    accepted.put(field.name(), value);
                }
                LeadField target = details.mapping().get(field.name());
                if (value != null && target != null) {
                    fitsLead(target, value);
                }
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(field.name(), field.name() + " " + e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations);
        }
        return accepted;
    }

    /** A mapped value must also be a valid value of the lead field it fills. */
    private static void fitsLead(LeadField target, Object value) {
        switch (target) {
            case NAME -> new LeadName((String) value);
            case PHONE -> Text.optional((String) value, LeadDetails.MAX_PHONE);
            case COMPANY -> Text.optional((String) value, LeadDetails.MAX_COMPANY);
            case NOTES -> Text.optional((String) value, LeadDetails.MAX_NOTES);
            case VALUE -> new MonetaryAmount((BigDecimal) value);
            case EMAIL -> { }
        }
    }

    private static Object normalise(FormField field, Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> text(raw, MAX_TEXT);
            case TEXTAREA -> text(raw, MAX_TEXTAREA);
            case EMAIL -> new EmailAddress(text(raw, 254)).value();
            case PHONE -> phone(text(raw, 50));
            case NUMBER -> number(raw);
            case SELECT -> option(field.options(), text(raw, MAX_TEXT));
            case CHECKBOX -> checkbox(raw, field.required());
        };
    }

    private static String text(Object raw, int max) {
        if (!(raw instanceof String text)) {
            throw new IllegalArgumentException("must be a string");
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException("must be at most " + max + " characters");
        }
        return trimmed;
    }

    private static String phone(String text) {
        if (!text.matches("[0-9+().\\- ]{3,50}")) {
            throw new IllegalArgumentException("must be a phone number");
        }
        return text;
    }

    /** At most 15 digits before the point and 6 after: what a person types, and what the store can hold. */
    private static BigDecimal number(Object raw) {
        BigDecimal number;
        try {
            number = raw instanceof BigDecimal decimal ? decimal : new BigDecimal(text(raw, 50));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
        if (number.precision() - number.scale() > 15 || number.scale() > 6) {
            throw new IllegalArgumentException("must have at most 15 digits before the point and 6 after");
        }
        return number;
    }

    private static String option(List<String> options, String value) {
        if (!options.contains(value)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", options));
        }
        return value;
    }

    /** A required checkbox is a consent: only true satisfies it. An HTML form sends a ticked one as "on". */
    private static Boolean checkbox(Object raw, boolean required) {
        Boolean checked = switch (raw) {
            case Boolean bool -> bool;
            case String text when text.equals("true") || text.equals("on") -> true;
            case String text when text.equals("false") || text.equals("off") -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
        return checked || !required ? checked : null;
    }
}
