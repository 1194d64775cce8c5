package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.shared.Sort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code cursor} of keyset paging: the list's sort and the last record of the page it follows. A client
 * passes back {@code pagination.next_cursor} as it was given, with the same filters.
 */
public record ListCursor<S extends Enum<S>>(Sort<S> sort, UUID after) {
    private static final String VERSION = "c1";

    public String encode() {
        String plain = VERSION + ":" + sort.field().name() + ":" + sort.direction().name() + ":" + after;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor this API gave for a list sorted by one of {@code fields}; anything else is refused. */
    public static <S extends Enum<S>> ListCursor<S> decode(String text, Class<S> fields) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("unknown cursor");
            }
            return new ListCursor<>(new Sort<>(Enum.valueOf(fields, parts[1]), Sort.Direction.valueOf(parts[2])),
                    UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("must be a pagination.next_cursor this list gave");
        }
    }
}
