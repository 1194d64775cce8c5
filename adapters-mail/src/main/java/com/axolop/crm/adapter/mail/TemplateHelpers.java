package com.axolop.crm.adapter.mail;

import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The helpers every template may call (the contract's Handlebars helpers, as FreeMarker functions and a directive):
 * {@code ${formatDate(d)}}, {@code ${formatDate(d, "yyyy-MM-dd")}}, {@code ${formatCurrency(12.5)}},
 * {@code ${formatCurrency(12.5, "EUR")}}, {@code ${uppercase(s)}}, {@code ${truncate(s, 50)}},
 * {@code <@ifEquals a=x b=y>...</@ifEquals>}. What they return is escaped like any other value.
 */
final class TemplateHelpers {
    private static final DateTimeFormatter DEFAULT_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private TemplateHelpers() {
    }

    static Map<String, TemplateModel> all() {
        return Map.of("formatDate", (TemplateMethodModelEx) TemplateHelpers::formatDate,
                "formatCurrency", (TemplateMethodModelEx) TemplateHelpers::formatCurrency,
                "uppercase", (TemplateMethodModelEx) args -> text(arguments(args, 1, 1, "uppercase").getFirst())
                        .toUpperCase(Locale.ROOT),
                "truncate", (TemplateMethodModelEx) TemplateHelpers::truncate,
                "ifEquals", (TemplateDirectiveModel) TemplateHelpers::ifEquals);
    }

    private static Object formatDate(List<?> args) throws TemplateModelException {
        List<?> given = arguments(args, 1, 2, "formatDate");
        DateTimeFormatter format = DEFAULT_DATE;
        if (given.size() == 2) {
            try {
                format = DateTimeFormatter.ofPattern(text(given.get(1)), Locale.US);
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException("formatDate: not a date pattern: " + text(given.get(1)));
            }
        }
        return format.format(date(given.getFirst()));
    }

    private static TemporalAccessor date(Object value) throws TemplateModelException {
        if (value instanceof TemplateDateModel date) {
            return date.getAsDate().toInstant().atOffset(ZoneOffset.UTC);
        }
        String text = text(value);
        try {
            return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new TemplateModelException("formatDate: not a date (2026-01-31 or an ISO date-time): " + text);
            }
        }
    }

    private static Object formatCurrency(List<?> args) throws TemplateModelException {
        List<?> given = arguments(args, 1, 2, "formatCurrency");
        BigDecimal amount = number(given.getFirst(), "formatCurrency");
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        if (given.size() == 2) {
            try {
                format.setCurrency(Currency.getInstance(text(given.get(1)).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException("formatCurrency: not a currency code: " + text(given.get(1)));
            }
        }
        return format.format(amount);
    }

    private static Object truncate(List<?> args) throws TemplateModelException {
        List<?> given = arguments(args, 2, 2, "truncate");
        String text = text(given.getFirst());
        int length = number(given.get(1), "truncate").intValue();
        if (length < 0) {
            throw new TemplateModelException("truncate: the length must not be negative");
        }
        return text.codePointCount(0, text.length()) <= length ? text
                : text.substring(0, text.offsetByCodePoints(0, length)) + "...";
    }

    @SuppressWarnings("rawtypes") // FreeMarker's directive interface predates generics
    private static void ifEquals(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (!params.keySet().equals(Set.of("a", "b"))) {
            throw new TemplateModelException("ifEquals takes two parameters, a and b: <@ifEquals a=x b=y>");
        }
        if (body != null && Objects.equals(plain(params.get("a")), plain(params.get("b")))) {
            body.render(env.getOut());
        }
    }

    /** What a value is, for comparison: numbers by value, whatever their type. */
    private static Object plain(Object value) throws TemplateModelException {
        return switch (value) {
            case TemplateNumberModel number -> new BigDecimal(number.getAsNumber().toString()).stripTrailingZeros();
            case TemplateBooleanModel bool -> bool.getAsBoolean();
            case TemplateScalarModel scalar -> scalar.getAsString();
            case null -> null;
            default -> value.toString();
        };
    }

    private static List<?> arguments(List<?> args, int min, int max, String helper) throws TemplateModelException {
        if (args.size() < min || args.size() > max) {
            throw new TemplateModelException(helper + " takes " + (min == max ? min : min + " or " + max)
                    + " arguments, not " + args.size());
        }
        return args;
    }

    private static String text(Object value) throws TemplateModelException {
        return switch (value) {
            case TemplateScalarModel scalar -> scalar.getAsString();
            case TemplateNumberModel number -> number.getAsNumber().toString();
            case null -> throw new TemplateModelException("a helper was given a missing value");
            default -> throw new TemplateModelException("a helper expected text");
        };
    }

    private static BigDecimal number(Object value, String helper) throws TemplateModelException {
        try {
            return value instanceof TemplateNumberModel number ? new BigDecimal(number.getAsNumber().toString())
                    : new BigDecimal(text(value).strip());
        } catch (NumberFormatException e) {
            throw new TemplateModelException(helper + ": not a number: " + text(value));
        }
    }
}
