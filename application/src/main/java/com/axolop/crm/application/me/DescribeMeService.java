package com.axolop.crm.application.me;

import com.axolop.crm.application.apikey.ApiKey;
import com.axolop.crm.application.apikey.ApiKeys;
import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Sha256;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The contract's "User Data" cache ({@link CacheRegion#USER}): what a caller is, kept per identity, the key's name
 * and prefix read from the database only on a miss. The key holds a digest of the identity (user, role, email,
 * key), so a token with another role or email never reads an older entry; the token's expiry is never cached.
 */
public class DescribeMeService implements DescribeMeUseCase {
    private final Cache cache;
    private final ApiKeys apiKeys;

    public DescribeMeService(Cache cache, ApiKeys apiKeys) {
        this.cache = Objects.requireNonNull(cache);
        this.apiKeys = Objects.requireNonNull(apiKeys);
    }

    @Override
    public Me describe(Identity identity) {
        String workspace = identity.actor().workspace().value();
        String key = "crm:" + workspace + ":user:" + digest(identity);
        Cache.Lookup cached = cache.get("crm:" + workspace + ":users:generation", key, CacheRegion.USER);
        Map<String, Object> fields = cached.value().orElse(null);
        if (fields == null) {
            fields = load(identity);
            if (cached.available()) {
                cache.put(key, cached.generation(), fields, CacheRegion.USER);
            }
        }
        return new Me(identity.actor().user().value(), workspace, identity.actor().role(),
                (String) fields.get("email"), identity.tokenExpiresAt(), (String) fields.get("api_key_name"),
                (String) fields.get("api_key_prefix"));
    }

    private Map<String, Object> load(Identity identity) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("email", identity.email());
        if (identity.apiKeyId() != null) {
            ApiKey key = apiKeys.find(identity.actor().workspace(), identity.apiKeyId())
                    .orElseThrow(() -> new NotFoundException("API key not found"));
            fields.put("api_key_name", key.name());
            fields.put("api_key_prefix", key.prefix());
        }
        return fields;
    }

    private static String digest(Identity identity) {
        return Sha256.hex(identity.actor().user() + "\n" + identity.actor().role() + "\n" + identity.email() + "\n"
                + identity.apiKeyId());
    }
}
