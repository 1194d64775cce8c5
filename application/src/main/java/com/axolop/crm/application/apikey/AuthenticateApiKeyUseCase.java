package com.axolop.crm.application.apikey;

import java.util.Optional;

/** Who presents a key: empty for anything that is not a usable key (unknown, revoked, expired or malformed). */
public interface AuthenticateApiKeyUseCase {
    Optional<ApiKey> authenticate(String presentedKey);
}
