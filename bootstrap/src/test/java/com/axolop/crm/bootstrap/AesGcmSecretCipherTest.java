package com.axolop.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {
    private static final byte[] OLD = "an-old-key-of-exactly-32-bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = HexFormat.of().parseHex(
            "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @Test
    void encryptsToVersionedValueNamingTheKeyAndDecryptsItBack() {
        var cipher = new AesGcmSecretCipher(NEW, List.of());
        String stored = cipher.encrypt("whsec_top-secret");
        assertThat(stored).startsWith("v1:" + AesGcmSecretCipher.keyId(NEW) + ":").doesNotContain("top-secret");
        assertThat(cipher.decrypt(stored)).isEqualTo("whsec_top-secret");
    }

    @Test
    void usesAFreshNoncePerValue() {
        var cipher = new AesGcmSecretCipher(NEW, List.of());
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
    }

    @Test
    void previousKeysOpenOldValuesWhichAreNotCurrent() {
        String old = new AesGcmSecretCipher(OLD, List.of()).encrypt("credential");
        var rotated = new AesGcmSecretCipher(NEW, List.of(OLD));
        assertThat(rotated.decrypt(old)).isEqualTo("credential");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.isCurrent(rotated.encrypt("credential"))).isTrue();
    }

    @Test
    void refusesAValueUnderAnUnknownKey() {
        String old = new AesGcmSecretCipher(OLD, List.of()).encrypt("credential");
        assertThatThrownBy(() -> new AesGcmSecretCipher(NEW, List.of()).decrypt(old))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ENCRYPTION_KEYS_PREVIOUS");
    }

    @Test
    void refusesAnAlteredValueEvenOnceTheOriginalWasOpened() {
        var cipher = new AesGcmSecretCipher(NEW, List.of());
        String original = cipher.encrypt("credential");
        assertThat(cipher.decrypt(original)).isEqualTo("credential");
        String[] parts = original.split(":");
        byte[] bytes = Base64.getDecoder().decode(parts[2]);
        bytes[bytes.length - 1] ^= 1;
        String altered = parts[0] + ":" + parts[1] + ":" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void keepsOpeningValuesOnceItsMemoryOfOpenedOnesIsFull() {
        var cipher = new AesGcmSecretCipher(NEW, List.of());
        List<String> stored = java.util.stream.IntStream.rangeClosed(0, AesGcmSecretCipher.OPENED_KEPT)
                .mapToObj(i -> cipher.encrypt("secret-" + i)).toList();

        stored.forEach(cipher::decrypt);

        assertThat(cipher.decrypt(stored.getFirst())).isEqualTo("secret-0");
        assertThat(cipher.decrypt(stored.getLast())).isEqualTo("secret-" + AesGcmSecretCipher.OPENED_KEPT);
    }

    @Test
    void readsKeysAsHexBase64OrA32CharacterString() {
        assertThat(EncryptionKeys.parse(HexFormat.of().formatHex(NEW))).isEqualTo(NEW);
        assertThat(EncryptionKeys.parse(Base64.getEncoder().encodeToString(NEW))).isEqualTo(NEW);
        assertThat(EncryptionKeys.parse(new String(OLD, StandardCharsets.UTF_8))).isEqualTo(OLD);
        assertThatThrownBy(() -> EncryptionKeys.parse("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
    }
}
