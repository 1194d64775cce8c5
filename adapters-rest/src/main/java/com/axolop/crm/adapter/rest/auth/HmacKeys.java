package com.axolop.crm.adapter.rest.auth;

import io.helidon.security.jwt.jwk.Jwk;
import io.helidon.security.jwt.jwk.JwkOctet;
import jakarta.json.Json;
import java.util.Base64;

final class HmacKeys {
    private HmacKeys() {
    }

    static JwkOctet hs256(byte[] secret) {
        return JwkOctet.create(Json.createObjectBuilder()
                .add("kty", "oct")
                .add("kid", "supabase-hs256")
                .add("alg", JwkOctet.ALG_HS256)
                .add("use", Jwk.USE_SIGNATURE)
                .add("k", Base64.getUrlEncoder().withoutPadding().encodeToString(secret))
                .build());
    }
}
