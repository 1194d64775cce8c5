package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchFilter;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Enums;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import io.helidon.common.uri.UriQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The list conventions shared by every resource: paging, sorting, search, enum filters and date ranges. */
public final class QueryParams {
    /** Paging by number reaches this many items at most (page x limit). */
    public static final int MAX_PAGED = 10_000;
    private final UriQuery query;
    private final FieldErrors errors;

    public QueryParams(UriQuery query, FieldErrors errors) {
        this.query = query;
        this.errors = errors;
    }

    /**
     * A list request's filter, sort and page, or one 400 naming every bad parameter. A searched list without a
     * sort parameter is ranked best match first.
     */
    public static <F, S extends Enum<S>> ListQuery<F, S> listQuery(UriQuery query, Function<QueryParams, F> filter,
                                                                   Class<S> sortFields, Sort<S> defaultSort) {
        var errors = new FieldErrors();
        var params = new QueryParams(query, errors);
        F parsedFilter = filter.apply(params);
        Sort<S> sort = params.sort(sortFields, parsedFilter instanceof SearchFilter searched
                ? searched.defaultSort(defaultSort) : defaultSort);
        PageRequest page = params.page();
        ListCursor<S> cursor = params.cursor(sortFields, sort, parsedFilter);
        errors.throwIfAny();
        return cursor == null ? new ListQuery<>(parsedFilter, sort, page)
                : new ListQuery<>(parsedFilter, cursor.sort(), page, cursor.after());
    }

    /**
     * {@code cursor}: keyset paging, which carries its own sort (a sort or order that differs is refused), and
     * combines with neither a page number nor a search.
     */
    private <F, S extends Enum<S>> ListCursor<S> cursor(Class<S> sortFields, Sort<S> requested, F filter) {
        String text = text("cursor");
        if (text == null) {
            return null;
        }
        ListCursor<S> cursor = errors.check("cursor", () -> ListCursor.decode(text, sortFields));
        if (cursor == null) {
            return null;
        }
        if (text("page") != null) {
            errors.add("page", "does not combine with cursor: the cursor says where the page starts");
        }
        if (filter instanceof SearchFilter searched && searched.search() != null) {
            errors.add("cursor", "does not combine with q: a searched list pages by number");
        }
        if ((text("sort") != null || text("order") != null) && requested != null && !requested.equals(cursor.sort())) {
            errors.add("cursor", "was given for another sort; send it without sort and order, or with the same");
        }
        return cursor;
    }

    public String text(String name) {
        return query.first(name).asOptional().filter(value -> !value.isEmpty()).orElse(null);
    }

    /**
     * {@code page} and {@code limit}; a page may not reach past the first {@link #MAX_PAGED} items (an offset that
     * deep makes the database skip every row before it): deeper, a list pages with {@code cursor}.
     */
    public PageRequest page() {
        Integer page = integer("page", 1, 1, Integer.MAX_VALUE);
        Integer limit = integer("limit", PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT);
        if (page != null && limit != null && (long) page * limit > MAX_PAGED) {
            errors.add("page", "x limit must be at most " + MAX_PAGED + ": to go deeper, follow pagination.next_cursor "
                    + "(the cursor parameter) where the list gives one, or narrow the list with its filters");
            return null;
        }
        return page == null || limit == null ? null : new PageRequest(page, limit);
    }

    /** {@code q}, the search text: absent means no search; present, it must be 1 to 200 characters. */
    public SearchText search() {
        return query.first("q").asOptional().map(value -> errors.check("q", () -> new SearchText(value))).orElse(null);
    }

    /**
     * {@code tags}, comma-separated: the records carrying every one of them; absent means any. Each tag is checked as
     * a record's tags are (non-blank, at most 50 characters, at most 20 tags).
     */
    public Tags tags() {
        Tags tags = parsed("tags", value -> new Tags(List.of(value.split(",", -1))));
        return tags == null ? Tags.NONE : tags;
    }

    /**
     * {@code sort} names a field in snake_case, {@code order} is asc or desc (it also turns a relevance
     * order around).
     */
    public <F extends Enum<F>> Sort<F> sort(Class<F> fields, Sort<F> defaultSort) {
        String sort = text("sort");
        F field = defaultSort.field();
        if (sort != null) {
            field = errors.check("sort", () -> parseField(fields, sort));
        }
        String order = text("order");
        Sort.Direction direction = defaultSort.direction();
        if (order != null) {
            direction = switch (order.toLowerCase()) {
                case "asc" -> Sort.Direction.ASC;
                case "desc" -> Sort.Direction.DESC;
                default -> {
                    errors.add("order", "must be asc or desc");
                    yield null;
                }
            };
        }
        return errors.failed("sort") || direction == null ? null : new Sort<>(field, direction);
    }

    /** A UUID parameter naming a record, such as lead_id. */
    public <T> Id<T> id(String name) {
        String value = text(name);
        return value == null ? null : errors.check(name, () -> Id.parse(value));
    }

    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(name, "must be true or false");
                yield null;
            }
        };
    }

    /** A parameter read by {@code parse}, such as an event type; a refused value is reported under its name. */
    public <V> V parsed(String name, Function<String, V> parse) {
        String value = text(name);
        return value == null ? null : errors.check(name, () -> parse.apply(value));
    }

    /** A user id parameter, such as owner. */
    public UserId user(String name) {
        String value = text(name);
        return value == null ? null : errors.check(name, () -> new UserId(value));
    }

    /** An email address parameter, such as attendee. */
    public EmailAddress email(String name) {
        String value = text(name);
        return value == null ? null : errors.check(name, () -> new EmailAddress(value));
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = text(name);
        return value == null ? null : errors.check(name, () -> Enums.parse(type, value));
    }

    /** A non-negative amount of money, such as minValue. */
    public MonetaryAmount amount(String name) {
        String value = text(name);
        return value == null ? null : errors.check(name, () -> new MonetaryAmount(decimal(value)));
    }

    /** An ISO date such as 2024-01-31. */
    public LocalDate date(String name) {
        String value = text(name);
        return value == null ? null : errors.check(name, () -> Dates.date(value));
    }

    /** Reports {@code high} when both bounds of a range are given and it is below {@code low}. */
    public <C extends Comparable<? super C>> void ordered(String lowName, C low, String highName, C high) {
        if (low != null && high != null && high.compareTo(low) < 0) {
            errors.add(highName, "must not be less than " + lowName);
        }
    }

    /** startDate and endDate as ISO dates (endDate inclusive, to the end of that day) or ISO date-times. */
    public DateRange dateRange() {
        String start = text("startDate");
        String end = text("endDate");
        Instant from = start == null ? null : errors.check("startDate", () -> Dates.dateOrDateTime(start, false));
        Instant to = end == null ? null : errors.check("endDate", () -> Dates.dateOrDateTime(end, true));
        if ((start != null && from == null) || (end != null && to == null)) {
            return null;
        }
        return errors.check("endDate", () -> {
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("must be after startDate");
            }
            return new DateRange(from, to);
        });
    }

    private Integer integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        return errors.check(name, () -> {
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below like an out-of-range number
            }
            throw new IllegalArgumentException(max == Integer.MAX_VALUE
                    ? "must be an integer of at least " + min
                    : "must be an integer between " + min + " and " + max);
        });
    }

    private static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
    }

    private static <F extends Enum<F>> F parseField(Class<F> fields, String value) {
        for (F field : fields.getEnumConstants()) {
            if (field.name().toLowerCase().equals(value)) {
                return field;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(fields.getEnumConstants())
                .map(field -> field.name().toLowerCase()).collect(Collectors.joining(", ")));
    }
}
