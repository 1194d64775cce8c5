package com.axolop.crm.adapter.mail;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text part of an email, derived from its HTML: blocks, rows and line breaks become new lines, cells
 * are spaced apart, list items dashes, links "text (url)"; scripts, styles and the head vanish; entities are decoded.
 */
final class HtmlText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(head|style|script|title)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\b[^>]*?href\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|h[1-6]|tr|table|ul|ol|li|blockquote)\\s*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "hellip", "...", "mdash", "-", "ndash", "-", "copy", "(c)");

    private HtmlText() {
    }

    static String of(String html) {
        String text = HIDDEN.matcher(html).replaceAll("");
        text = COMMENT.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll(HtmlText::link);
        text = BREAK.matcher(text).replaceAll("\n");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = ITEM.matcher(text).replaceAll("- ");
        text = CELL_END.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        var lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            lines.append(decode(line.replaceAll("[ \\t\\r\\f]+", " ").strip())).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static String link(MatchResult match) {
        String url = match.group(2).strip();
        String label = TAG.matcher(match.group(3)).replaceAll("").strip();
        String shown = label.isEmpty() || decode(label).equals(decode(url)) ? url : label + " (" + url + ")";
        return Matcher.quoteReplacement(shown);
    }

    private static String decode(String text) {
        return ENTITY.matcher(text).replaceAll(match -> {
            String name = match.group(1);
            String decoded;
            if (name.startsWith("#")) {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                decoded = Character.isValidCodePoint(code) ? Character.toString(code) : match.group();
            } else {
                decoded = NAMED.getOrDefault(name, match.group());
            }
            return Matcher.quoteReplacement(decoded);
        });
    }
}
