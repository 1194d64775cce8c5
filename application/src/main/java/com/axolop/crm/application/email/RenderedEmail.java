package com.axolop.crm.application.email;

import java.util.Objects;

/** A rendered template: the subject, the HTML body and the plain text derived from it. */
public record RenderedEmail(String subject, String html, String text) {
    public RenderedEmail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
