package com.axolop.crm.application.shared;

/**
 * A list filter that may carry a search text. A searched list holds only the matching records and, unless
 * the client asks for a sort, ranks them best match first.
 */
public interface SearchFilter {
    /** The search text; null when the list is not searched. */
    SearchText search();

    /** The order of a list whose client asked for none: by relevance when searched, else {@code unsearched}. */
    default <S extends Enum<S>> Sort<S> defaultSort(Sort<S> unsearched) {
        return search() == null ? unsearched : Sort.relevance();
    }
}
