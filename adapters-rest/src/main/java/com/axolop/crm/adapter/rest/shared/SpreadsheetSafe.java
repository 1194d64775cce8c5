package com.axolop.crm.adapter.rest.shared;

/**
 * Guards CSV cells against formula injection (OWASP). A spreadsheet evaluates a cell that starts with
 * = + - @ (or a tab or carriage return); one opened with another separator than ours (a semicolon locale, a
 * tab-separated import) also starts a cell after any , ; tab | or line break inside ours. Each such trigger, at
 * the start or after a separator and optional spaces, gets an apostrophe before it, so it stays text; so does text
 * that is already apostrophes then a trigger there, so that an import, which removes one such apostrophe again
 * ({@link #restore}), gives back exactly the text exported.
 */
public final class SpreadsheetSafe {
    private static final String TRIGGERS = "=+-@\t\r";
    private static final String SEPARATORS = ",;\t|\r\n";

    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        StringBuilder safe = null;
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && triggerAfterApostrophes(text, i)) {
                if (safe == null) {
                    safe = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                safe.append('\'');
            }
            if (safe != null) {
                safe.append(c);
            }
            cellStart = SEPARATORS.indexOf(c) >= 0 || (cellStart && c == ' ');
        }
        return safe == null ? text : safe.toString();
    }

    /** The text {@link #cell} was given: the apostrophe it put before each trigger (or apostrophes) is removed. */
    public static String restore(String cell) {
        if (cell.indexOf('\'') < 0) {
            return cell;
        }
        StringBuilder text = new StringBuilder(cell.length());
        boolean cellStart = true;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (cellStart && c == '\'' && triggerAfterApostrophes(cell, i + 1)) {
                cellStart = false;
                continue;
            }
            text.append(c);
            cellStart = SEPARATORS.indexOf(c) >= 0 || (cellStart && c == ' ');
        }
        return text.toString();
    }

    /** Whether {@code text} has, from {@code from}, zero or more apostrophes and then a trigger. */
    private static boolean triggerAfterApostrophes(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }
}
