package com.axolop.crm.adapter.rest.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The id that ties a response to its log lines; a client's own id is kept when it is short and safe. */
public record RequestId(String value) {
    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static RequestId fromHeader(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return new RequestId(incoming);
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return new RequestId("req_" + HexFormat.of().formatHex(random));
    }
}
