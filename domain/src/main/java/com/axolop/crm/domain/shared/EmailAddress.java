package com.axolop.crm.domain.shared;

/**
 * A syntactically valid e-mail address: the practical subset of RFC 5322 that mail systems accept
 * (dot-atom local part, a domain of at least two LDH labels). Checked by hand rather than by regex
 * because every lead read from the store passes through here.
 */
public record EmailAddress(String value) {
    private static final String LOCAL_SYMBOLS = ".!#$%&'*+/=?^_`{|}~-";

    public EmailAddress {
        value = Text.required(value, 254);
        if (!isValid(value)) {
            throw new IllegalArgumentException("must be a valid email address");
        }
    }

    public static EmailAddress ofNullable(String value) {
        return value == null || value.isBlank() ? null : new EmailAddress(value);
    }

    private static boolean isValid(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || address.contains("..")) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = address.charAt(i);
            if (!isAsciiAlphanumeric(c) && LOCAL_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        String domain = address.substring(at + 1);
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!isHostLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostLabel(String label) {
        if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!isAsciiAlphanumeric(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
