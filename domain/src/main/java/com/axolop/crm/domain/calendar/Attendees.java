package com.axolop.crm.domain.calendar;

import com.axolop.crm.domain.shared.EmailAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Who is invited: at most 100 email addresses, distinct whatever their case, in the order given. */
public record Attendees(List<EmailAddress> addresses) {
    public static final int MAX_ATTENDEES = 100;
    public static final Attendees NONE = new Attendees(List.of());

    public Attendees {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        if (addresses.size() > MAX_ATTENDEES) {
            throw new IllegalArgumentException("must have at most " + MAX_ATTENDEES + " addresses");
        }
        var seen = new HashSet<String>();
        for (EmailAddress address : addresses) {
            if (!seen.add(address.value().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("must be distinct; " + address + " appears more than once");
            }
        }
    }

    /** Reads addresses as a client sent them; the message names the first one that is not an address. */
    public static Attendees parse(List<String> values) {
        if (values == null) {
            return NONE;
        }
        var addresses = new ArrayList<EmailAddress>();
        for (String value : values) {
            try {
                addresses.add(new EmailAddress(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be email addresses; \"" + shortened(value) + "\" is not");
            }
        }
        return new Attendees(addresses);
    }

    // The refused value is echoed to the client: bounded, so a huge string does not make a huge error.
    private static String shortened(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "...";
    }

    public List<String> values() {
        return addresses.stream().map(EmailAddress::value).toList();
    }
}
