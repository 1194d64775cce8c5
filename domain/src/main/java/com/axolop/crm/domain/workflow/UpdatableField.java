package com.axolop.crm.domain.workflow;

import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.opportunity.Probability;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Enums;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The fields an update_field step may set: those a client may set on a lead, a contact or an opportunity (not
 * their references nor custom fields), each checked as the record checks it. A null value clears an optional
 * field; a required one (name, status, stage, currency, tags: use [] to clear them) needs a value.
 */
public enum UpdatableField {
    NAME(value -> new LeadName(text(value)).value()),
    EMAIL(UpdatableField::email),
    PHONE(value -> optional(value, LeadDetails.MAX_PHONE)),
    COMPANY(value -> optional(value, LeadDetails.MAX_COMPANY)),
    TYPE(value -> value == null ? null : Enums.parse(LeadType.class, text(value)).name()),
    STATUS(UpdatableField::status),
    VALUE(value -> value == null ? null : new MonetaryAmount(Values.number(value)).value()),
    CURRENCY(value -> new CurrencyCode(text(value)).value()),
    SOURCE(value -> optional(value, LeadDetails.MAX_SOURCE)),
    NOTES(value -> optional(value, LeadDetails.MAX_NOTES)),
    TAGS(UpdatableField::tags),
    ASSIGNED_TO(UpdatableField::user),
    FIRST_NAME(value -> optional(value, ContactDetails.MAX_NAME)),
    LAST_NAME(value -> optional(value, ContactDetails.MAX_NAME)),
    TITLE(value -> optional(value, ContactDetails.MAX_TITLE)),
    OWNER(UpdatableField::user),
    STAGE(value -> Enums.parse(OpportunityStage.class, text(value)).name()),
    PROBABILITY(UpdatableField::probability),
    EXPECTED_CLOSE_DATE(UpdatableField::date),
    LOST_REASON(value -> optional(value, OpportunityDetails.MAX_LOST_REASON));

    private final UnaryOperator<Object> check;

    UpdatableField(UnaryOperator<Object> check) {
        this.check = check;
    }

    public String apiName() {
        return name().toLowerCase();
    }

    public static UpdatableField parse(String value) {
        return Values.lowerCase(UpdatableField.class, value);
    }

    /** The value this field takes, normalised as the record would hold it; refused with a message otherwise. */
    public Object check(Object value) {
        return check.apply(value);
    }

    private static String text(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("is required");
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("must be a string");
        }
        return text;
    }

    private static String optional(Object value, int maxLength) {
        return value == null ? null : Text.optional(text(value), maxLength);
    }

    /** Only a conversion makes a lead CONVERTED. */
    private static String status(Object value) {
        LeadStatus status = Enums.parse(LeadStatus.class, text(value));
        if (status == LeadStatus.CONVERTED) {
            throw new IllegalArgumentException("cannot be CONVERTED: only converting a lead sets it");
        }
        return status.name();
    }

    private static List<String> tags(Object value) {
        if (!(value instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("must be an array of strings");
        }
        return new Tags(items.stream().map(String.class::cast).toList()).values();
    }

    private static String email(Object value) {
        EmailAddress email = value == null ? null : EmailAddress.ofNullable(text(value));
        return email == null ? null : email.value();
    }

    private static String user(Object value) {
        return value == null ? null : new UserId(text(value)).value();
    }

    private static BigDecimal probability(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal number = Values.number(value);
        if (number.scale() > 0 || number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(Probability.RULE);
        }
        return number;
    }

    private static String date(Object value) {
        String text = value == null ? null : text(value);
        if (text != null && (text.length() != 10 || !Values.isDate(text))) {
            throw new IllegalArgumentException("must be an ISO date (2024-01-31)");
        }
        return text;
    }
}
