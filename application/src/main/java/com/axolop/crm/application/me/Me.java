package com.axolop.crm.application.me;

import com.axolop.crm.application.shared.Role;
import java.time.Instant;

/** What {@code /me} tells a caller about itself; the key's name and prefix only when it came with an API key. */
public record Me(String userId, String workspaceId, Role role, String email, Instant tokenExpiresAt,
                 String apiKeyName, String apiKeyPrefix) {
}
