package com.axolop.crm.application.apikey;

import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/** A new key: a name a person recognises (at most 100 characters), its role, and optionally when it expires. */
public record CreateApiKeyCommand(String name, Role role, Instant expiresAt) {
    public static final int MAX_NAME = 100;

    public CreateApiKeyCommand {
        name = Text.required(name, MAX_NAME);
        Objects.requireNonNull(role, "role");
    }
}
