package com.axolop.crm.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hand-made JWTs (independent of the code under test), valid or broken in one chosen way; valid ones are shaped as
 * Supabase's: aud "authenticated", the workspace and crm_role in app_metadata.
 */
final class TestTokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    static String member(String workspace) {
        return forClaims(claims("user-" + workspace, workspace, "member", Instant.now().plusSeconds(600)));
    }

    static String withRole(String workspace, String role) {
        return forClaims(claims("user-" + workspace, workspace, role, Instant.now().plusSeconds(600)));
    }

    static String claims(String sub, String appWorkspace, String role, Instant exp) {
        String meta = "{\"crm_role\":\"" + role + "\"" + (appWorkspace == null ? "" : ",\"workspace_id\":\""
                + appWorkspace + "\"") + "}";
        return "{\"sub\":\"" + sub + "\",\"aud\":\"authenticated\",\"exp\":" + exp.getEpochSecond()
                + ",\"app_metadata\":" + meta + "}";
    }

    static String forClaims(String claimsJson) {
        return sign("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claimsJson, TestServer.JWT_SECRET);
    }

    static String sign(String headerJson, String claimsJson, String secret) {
        String signingInput = b64(headerJson) + "." + b64(claimsJson);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(String claimsJson) {
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claimsJson) + ".";
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
