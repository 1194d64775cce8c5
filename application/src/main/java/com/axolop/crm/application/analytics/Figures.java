package com.axolop.crm.application.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How reports print numbers: percentages and day counts with two decimals, amounts one entry per currency. */
final class Figures {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double SECONDS_PER_DAY = 86_400;

    private Figures() {
    }

    /** part / whole in percent; 0 when whole is 0, so an empty workspace answers zeros. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The change from {@code before} to {@code now} in percent; from 0 it is 0 (unchanged) or 100 (new). */
    static BigDecimal changePercent(BigDecimal before, BigDecimal now) {
        if (before.signum() == 0) {
            return BigDecimal.valueOf(now.signum() == 0 ? 0 : 100).setScale(2);
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal days(double seconds) {
        return BigDecimal.valueOf(seconds / SECONDS_PER_DAY).setScale(2, RoundingMode.HALF_UP);
    }

    /** [{currency, amount}] in currency order, amounts to the cent. */
    static List<Map<String, Object>> amounts(Map<String, BigDecimal> byCurrency) {
        List<Map<String, Object>> amounts = new ArrayList<>();
        new TreeMap<>(byCurrency).forEach((currency, amount) -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("currency", currency);
            entry.put("amount", amount.setScale(2, RoundingMode.HALF_UP));
            amounts.add(entry);
        });
        return amounts;
    }
}
