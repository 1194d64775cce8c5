package com.axolop.crm.application.apikey;

import com.axolop.crm.domain.apikey.ApiKeySecret;

/** A key just created, with the secret its creator sees this once. */
public record NewApiKey(ApiKey key, ApiKeySecret secret) {
}
