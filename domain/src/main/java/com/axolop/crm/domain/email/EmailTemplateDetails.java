package com.axolop.crm.domain.email;

import com.axolop.crm.domain.shared.Text;

/** What a client sets on a template: its name, subject and HTML (FreeMarker sources; their syntax is checked apart). */
public record EmailTemplateDetails(String name, String subject, String html) {
    public static final int MAX_NAME = 200;
    public static final int MAX_SUBJECT = 1_000;
    public static final int MAX_HTML = 256 * 1024;

    public EmailTemplateDetails {
        name = Text.required(name, MAX_NAME);
        subject = Text.required(subject, MAX_SUBJECT);
        html = Text.required(html, MAX_HTML);
    }
}
