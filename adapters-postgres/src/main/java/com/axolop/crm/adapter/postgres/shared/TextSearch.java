package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.application.shared.SearchText;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A search text as SQL over the columns every searchable table has (V10__search.sql): {@code search_text},
 * its title then its other short fields, lower-case, under a trigram index; and {@code search_vector}, its
 * weighted full text under a GIN index.
 * <ul>
 * <li>Words ("acme corp"): the full text holds every word (stemmed), or search_text holds the text.</li>
 * <li>A fragment with other characters ("jane@", "acme.io"): search_text holds it. The full text would
 * split it into words and find every Jane.</li>
 * <li>One or two characters, too short for trigrams: a word of the full text starts with its letters.</li>
 * </ul>
 * The rank adds the full-text rank (names and emails weigh most, notes least) to a bonus for where the
 * text sits in search_text: the whole title, the title's start, or anywhere. Query values are computed
 * once per statement (as initplans), not per row.
 */
final class TextSearch {
    /** The most matches of one table a list or search ranks and counts: it bounds the work of any text. */
    static final int MAX_MATCHES = 10_000;

    private static final int TRIGRAM = 3;
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}\\s'\"-]+");
    private static final String WORDS_QUERY = "(select websearch_to_tsquery('english', ?))";
    private static final String PREFIX_QUERY = "(select to_tsquery('simple', ?))";
    private static final String CONTAINS = "search_text like (select '%' || lower(?) || '%')";
    private static final String PLACE_BONUS = "case when search_text like (select lower(?) || E'\\x1f%') then 1.5"
            + " when search_text like (select lower(?) || '%') then 1.0 when " + CONTAINS + " then 0.5 else 0 end";

    private final String condition;
    private final List<Object> conditionParameters;
    private final String rank;
    private final List<Object> rankParameters;

    private TextSearch(String condition, List<Object> conditionParameters, String rank, List<Object> rankParameters) {
        this.condition = condition;
        this.conditionParameters = conditionParameters;
        this.rank = rank;
        this.rankParameters = rankParameters;
    }

    static TextSearch of(SearchText text) {
        String value = text.value();
        String literal = likeLiteral(value);
        List<Object> bonus = List.of(literal, literal, literal);
        if (value.length() < TRIGRAM) {
            String prefix = value.codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (prefix.isEmpty()) {
                return new TextSearch("false", List.of(), "0", List.of());
            }
            return new TextSearch("search_vector @@ " + PREFIX_QUERY, List.of(prefix + ":*"),
                    "ts_rank(search_vector, " + PREFIX_QUERY + ") + " + PLACE_BONUS, prepend(prefix + ":*", bonus));
        }
        if (WORDS.matcher(value).matches()) {
            return new TextSearch("(search_vector @@ " + WORDS_QUERY + " or " + CONTAINS + ")", List.of(value, literal),
                    "ts_rank(search_vector, " + WORDS_QUERY + ") + " + PLACE_BONUS, prepend(value, bonus));
        }
        return new TextSearch(CONTAINS, List.of(literal), PLACE_BONUS, bonus);
    }

    /** A condition on the table's columns, with its parameters in order. */
    String condition() {
        return condition;
    }

    List<Object> conditionParameters() {
        return conditionParameters;
    }

    /** The rank of a matching row, higher is better, with its parameters in order. */
    String rank() {
        return rank;
    }

    List<Object> rankParameters() {
        return rankParameters;
    }

    // LIKE's wildcards and its escape character, taken literally.
    private static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Object> prepend(Object first, List<Object> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
