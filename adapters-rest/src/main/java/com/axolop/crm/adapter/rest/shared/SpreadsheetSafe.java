package com.axolop.crm.adapter.rest.shared;

/**
 * Guards CSV cells against formula injection (OWASP). A spreadsheet evaluates a cell that starts with
 * = + - @ (or a tab or carriage return); one opened with another separator than ours (a semicolon locale, a
 * tab-separated import) also starts a cell after any , ; tab | or line break inside ours. Each such trigger, at
 * the start or after a separator and optional spaces, gets an apostrophe before it, so it stays text; an import
 * removes those apostrophes again ({@link #restore}).
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
            if (cellStart && TRIGGERS.indexOf(c) >= 0) {
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

    /**
     * The text {@link #cell} was given: each apostrophe it put before a trigger is removed. (Text that itself
     * began with an apostrophe and a trigger loses that apostrophe too: the export cannot tell the two apart.)
     */
    public static String restore(String cell) {
        if (cell.indexOf('\'') < 0) {
            return cell;
        }
        StringBuilder text = new StringBuilder(cell.length());
        boolean cellStart = true;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (cellStart && c == '\'' && i + 1 < cell.length() && TRIGGERS.indexOf(cell.charAt(i + 1)) >= 0) {
                continue;
            }
            text.append(c);
            cellStart = SEPARATORS.indexOf(c) >= 0 || (cellStart && c == ' ');
        }
        return text.toString();
    }
}
