package com.axolop.crm.application.record;

import com.axolop.crm.application.shared.SearchText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The in-memory fakes' stand-in for the store's text search (adapters-postgres TextSearch), faithful for
 * plain cases only. A record has short fields, the title first (the store's search_text: matched anywhere,
 * partially), and fields searched by whole words only (such as notes). It matches a text that one of its short
 * fields contains, or whose every word is a word of a field; a text of one or two characters matches a word
 * starting with it; a text with other characters than letters, digits, spaces, quotes and hyphens ("jane@")
 * only matches inside a short field. Not modelled: the store stems words ("sales" finds "sale") and drops stop
 * words, and it ranks by a full-text rank plus the place bonus modelled here (whole title, start of the short
 * fields, anywhere in them), so only clear-cut rankings agree.
 */
public final class FakeTextSearch {
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}\\s'\"-]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String SEPARATOR = "\u001f";

    private FakeTextSearch() {
    }

    /**
     * @param shortFields    the title then the other short fields (null when absent)
     * @param fullTextFields fields only the full text holds
     */
    public static boolean matches(SearchText text, List<String> shortFields, List<String> fullTextFields) {
        String needle = text.value().toLowerCase(Locale.ROOT);
        List<String> words = Stream.concat(shortFields.stream(), fullTextFields.stream()).filter(Objects::nonNull)
                .flatMap(field -> Arrays.stream(NOT_A_WORD.split(field.toLowerCase(Locale.ROOT))))
                .filter(word -> !word.isEmpty()).toList();
        if (needle.length() < 3) {
            String prefix = needle.codePoints().filter(Character::isLetterOrDigit).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return !prefix.isEmpty() && words.stream().anyMatch(word -> word.startsWith(prefix));
        }
        if (searchText(shortFields).contains(needle)) {
            return true;
        }
        return WORDS.matcher(needle).matches()
                && Arrays.stream(NOT_A_WORD.split(needle)).filter(word -> !word.isEmpty()).allMatch(words::contains);
    }

    /** Higher is better: the text is the whole title, starts the short fields, or is in them. */
    public static double rank(SearchText text, List<String> shortFields) {
        String needle = text.value().toLowerCase(Locale.ROOT);
        String searched = searchText(shortFields);
        if (searched.startsWith(needle + SEPARATOR)) {
            return 1.5;
        }
        if (searched.startsWith(needle)) {
            return 1.0;
        }
        return searched.contains(needle) ? 0.5 : 0;
    }

    private static String searchText(List<String> shortFields) {
        return String.join(SEPARATOR, shortFields.stream().map(field -> field == null ? "" : field).toList())
                .toLowerCase(Locale.ROOT);
    }
}
