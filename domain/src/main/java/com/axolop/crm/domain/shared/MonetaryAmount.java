package com.axolop.crm.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A non-negative amount with at most two decimals, always held at scale 2 so equal amounts compare equal. */
public record MonetaryAmount(BigDecimal value) {
    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    public MonetaryAmount {
        if (value == null) {
            throw new IllegalArgumentException("is required");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must be greater than or equal to 0");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("must have at most 2 decimals");
        }
        if (value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("must be at most " + MAX.toPlainString());
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
