package com.axolop.crm.bootstrap;

import com.axolop.crm.application.secret.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value, stored as {@code v1:<key id>:<base64 of nonce + ciphertext +
 * tag>}. The key id is derived from the key (8 hex digits of its SHA-256), so every instance names a key alike
 * without configuration and the id reveals nothing useful; it is also authenticated, so a value cannot be moved
 * under another key's name. Lives in bootstrap: it is plain JCA (no framework to adapt) and its keys come from the
 * configuration read here. Opened values are remembered by their stored form (at most {@value #OPENED_KEPT}): a
 * webhook secret is read for every delivery, and a stored form always opens to the same plaintext.
 */
final class AesGcmSecretCipher implements SecretCipher {
    static final int KEY_BYTES = 32;
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    static final int OPENED_KEPT = 4096;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final Map<String, String> opened = new ConcurrentHashMap<>();

    /** {@code current} seals new values; it and {@code previous} open stored ones. */
    AesGcmSecretCipher(byte[] current, List<byte[]> previous) {
        this.currentId = add(current);
        previous.forEach(this::add);
    }

    private String add(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has " + KEY_BYTES + " bytes");
        }
        String id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, currentId, nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        return VERSION + ":" + currentId + ":" + Base64.getEncoder().encodeToString(stored);
    }

    @Override
    public String decrypt(String stored) {
        String plaintext = opened.get(stored);
        if (plaintext == null) {
            plaintext = open(stored);
            if (opened.size() >= OPENED_KEPT) {
                opened.clear(); // crude, but bounded: a working set this large just opens again
            }
            opened.put(stored, plaintext);
        }
        return plaintext;
    }

    private String open(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalStateException("Not a v1 encrypted value");
        }
        if (!keys.containsKey(parts[1])) {
            throw new IllegalStateException("Encrypted under key " + parts[1] + ", which is neither ENCRYPTION_KEY nor "
                    + "one of ENCRYPTION_KEYS_PREVIOUS");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A damaged encrypted value");
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("A damaged encrypted value");
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(run(Cipher.DECRYPT_MODE, parts[1], nonce, sealed), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isCurrent(String stored) {
        return stored.startsWith(VERSION + ":" + currentId + ":");
    }

    private byte[] run(int mode, String keyId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((VERSION + ":" + keyId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong key or an altered value: GCM's tag check refuses both alike.
            throw new IllegalStateException("An encrypted value failed its integrity check (wrong key or altered)");
        }
    }
}
