package com.axolop.crm.domain.shared;

import java.util.Currency;
import java.util.regex.Pattern;

/** An ISO 4217 currency code such as USD. */
public record CurrencyCode(String value) {
    private static final Pattern THREE_LETTERS = Pattern.compile("^[A-Z]{3}$");
    public static final CurrencyCode USD = new CurrencyCode("USD");

    public CurrencyCode {
        if (value == null || !THREE_LETTERS.matcher(value).matches() || !isKnown(value)) {
            throw new IllegalArgumentException("must be an ISO 4217 currency code such as USD");
        }
    }

    private static boolean isKnown(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
