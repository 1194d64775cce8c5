package com.axolop.crm.adapter.rest.shared;

/**
 * Guards CSV cells against formula injection (OWASP): a cell a spreadsheet would evaluate, one starting
 * with = + - @ or a tab or carriage return, is prefixed with an apostrophe so it stays text.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
