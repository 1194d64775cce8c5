package com.axolop.crm.domain.apikey;

import com.axolop.crm.domain.shared.Sha256;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * An API key as its holder sends it: {@code axolop_} and 32 random bytes in base62 (43 characters). Only its
 * SHA-256 {@link #hash()} and its {@link #visiblePrefix()} are ever stored; {@link #toString()} masks it, so a log
 * line that prints one shows the prefix alone.
 */
public record ApiKeySecret(String value) {
    public static final String SCHEME = "axolop_";
    private static final int RANDOM_BYTES = 32;
    private static final int BODY_CHARS = 43; // 62^43 > 2^256
    private static final int VISIBLE_BODY_CHARS = 8;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern FORMAT = Pattern.compile(SCHEME + "[0-9A-Za-z]{" + BODY_CHARS + "}");
    private static final BigInteger SIXTY_TWO = BigInteger.valueOf(62);
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiKeySecret {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("is not an API key");
        }
    }

    /** Whether a credential looks like an API key at all (and so must not be read as a JWT). */
    public static boolean claims(String credential) {
        return credential != null && credential.startsWith(SCHEME);
    }

    public static ApiKeySecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        BigInteger number = new BigInteger(1, bytes);
        char[] body = new char[BODY_CHARS];
        for (int i = BODY_CHARS - 1; i >= 0; i--) {
            BigInteger[] quotientAndRemainder = number.divideAndRemainder(SIXTY_TWO);
            body[i] = BASE62.charAt(quotientAndRemainder[1].intValue());
            number = quotientAndRemainder[0];
        }
        return new ApiKeySecret(SCHEME + new String(body));
    }

    /** Hex SHA-256: what the database stores and looks keys up by. */
    public String hash() {
        return Sha256.hex(value);
    }

    /** The start of the key, shown in lists so a person can tell keys apart; too short to guess the rest from. */
    public String visiblePrefix() {
        return value.substring(0, SCHEME.length() + VISIBLE_BODY_CHARS);
    }

    @Override
    public String toString() {
        return visiblePrefix() + "...";
    }
}
