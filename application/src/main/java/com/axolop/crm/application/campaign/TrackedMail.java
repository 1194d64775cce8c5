package com.axolop.crm.application.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered campaign mail's HTML with every http(s) link sent through the recipient's click route (the link's
 * position in the query, the URL kept in {@code urls}: a click never redirects to a URL taken from the request) and
 * the open pixel added at the end of the body.
 */
record TrackedMail(String html, List<String> urls) {
    private static final Pattern HREF = Pattern.compile("href=\"(https?://[^\"]+)\"", Pattern.CASE_INSENSITIVE);

    TrackedMail {
        urls = List.copyOf(urls);
    }

    static TrackedMail of(String html, String publicBaseUrl, String token) {
        var urls = new ArrayList<String>();
        var out = new StringBuilder();
        Matcher link = HREF.matcher(html);
        while (link.find()) {
            urls.add(unescaped(link.group(1)));
            link.appendReplacement(out, Matcher.quoteReplacement(
                    "href=\"" + publicBaseUrl + "/t/c/" + token + "?l=" + (urls.size() - 1) + "\""));
        }
        link.appendTail(out);
        String pixel = "<img src=\"" + publicBaseUrl + "/t/o/" + token + "\" width=\"1\" height=\"1\" alt=\"\">";
        int body = out.lastIndexOf("</body>");
        if (body < 0) {
            out.append(pixel);
        } else {
            out.insert(body, pixel);
        }
        return new TrackedMail(out.toString(), urls);
    }

    /** The URL the template meant: its HTML escaping undone (&amp; last, so "&amp;lt;" stays "&lt;"). */
    private static String unescaped(String attribute) {
        return attribute.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
