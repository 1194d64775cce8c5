package com.axolop.crm.domain.opportunity;

/** The chance of winning a deal, in whole percent. */
public record Probability(int percent) {
    public static final String RULE = "must be an integer between 0 and 100";

    public Probability {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(RULE);
        }
    }
}
