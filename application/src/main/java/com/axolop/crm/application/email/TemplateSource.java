package com.axolop.crm.application.email;

import java.util.Objects;

/** Which template to render: a base one by name, or a workspace's own from its source. */
public sealed interface TemplateSource {
    record Base(String name) implements TemplateSource {
        public Base {
            Objects.requireNonNull(name, "name");
        }
    }

    record Custom(String name, String subject, String html) implements TemplateSource {
        public Custom {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(html, "html");
        }
    }
}
