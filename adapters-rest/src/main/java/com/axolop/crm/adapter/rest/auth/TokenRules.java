package com.axolop.crm.adapter.rest.auth;

import com.axolop.crm.application.shared.Role;
import java.time.Duration;
import java.util.Objects;

/**
 * What a valid token must say besides its signature and times, and how its claims map to a caller.
 *
 * @param audience          a value the aud claim must hold (null: aud is not checked)
 * @param issuer            the iss claim it must carry (null: iss is not checked); Supabase's is SUPABASE_URL/auth/v1
 * @param topLevelWorkspace also read the workspace from a top-level workspace_id claim, before app_metadata's
 *                          (Supabase lets only the server write app_metadata; top-level claims come from a hook)
 * @param defaultRole       the role of a token without app_metadata.crm_role
 * @param maxLifetime       the longest a token may be valid, from iat (or from now, without iat) to exp
 */
public record TokenRules(String audience, String issuer, boolean topLevelWorkspace, Role defaultRole,
                         Duration maxLifetime) {
    /** Supabase's audience, no issuer, the workspace from app_metadata only, viewer by default, 24 hours at most. */
    public static final TokenRules DEFAULTS = new TokenRules("authenticated", null, false, Role.VIEWER,
            Duration.ofHours(24));

    public TokenRules {
        Objects.requireNonNull(defaultRole, "defaultRole");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("maxLifetime must be positive");
        }
    }

    /** The issuer Supabase puts in its tokens for a project URL such as https://abc.supabase.co. */
    public static String supabaseIssuer(String supabaseUrl) {
        return supabaseUrl.replaceAll("/+$", "") + "/auth/v1";
    }
}
