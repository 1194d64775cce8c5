package com.axolop.crm.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeySecretTest {
    @Test
    void aGeneratedKeyIsTheSchemeAnd43Base62Characters() {
        String key = ApiKeySecret.generate().value();

        assertThat(key).matches("axolop_[0-9A-Za-z]{43}");
    }

    @Test
    void generatedKeysDiffer() {
        var keys = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeySecret.generate().value());
        }

        assertThat(keys).hasSize(1000);
    }

    @Test
    void theHashIsHexSha256AndTheVisiblePrefixIsTheSchemeAndEightCharacters() {
        var secret = new ApiKeySecret("axolop_" + "a".repeat(43));

        assertThat(secret.hash()).isEqualTo("be2fae8ff4c131093ced3263a6e51c76404098553de2d3b7f2751aeb83730954");
        assertThat(secret.hash()).isNotEqualTo(new ApiKeySecret("axolop_" + "b".repeat(43)).hash());
        assertThat(secret.visiblePrefix()).isEqualTo("axolop_aaaaaaaa");
    }

    @Test
    void printingAKeyShowsItsPrefixOnly() {
        var secret = ApiKeySecret.generate();

        assertThat(secret.toString()).isEqualTo(secret.visiblePrefix() + "...").doesNotContain(secret.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "axolop_", "axolop_short", "Axolop_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "axolop_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+", "axolop_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anythingElseIsNotAnApiKey(String value) {
        assertThatThrownBy(() -> new ApiKeySecret(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
