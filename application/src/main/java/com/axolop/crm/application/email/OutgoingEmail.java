package com.axolop.crm.application.email;

import com.axolop.crm.domain.shared.EmailAddress;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message ready to send. {@code id} becomes its Message-ID, the same on every try. {@code fromName} (null: the
 * configured sender's) and {@code replyTo} (null: none) come from a campaign; {@code unsubscribeUrl} (null for
 * transactional mail) gives the List-Unsubscribe headers.
 */
public record OutgoingEmail(UUID id, EmailAddress to, String fromName, EmailAddress replyTo, RenderedEmail content,
                            String unsubscribeUrl) {
    public OutgoingEmail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
    }

    /** Extra headers: none for transactional mail; one-click unsubscribe (RFC 8058) for campaign mail. */
    public Map<String, String> headers() {
        return unsubscribeUrl == null ? Map.of() : Map.of("List-Unsubscribe", "<" + unsubscribeUrl + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
