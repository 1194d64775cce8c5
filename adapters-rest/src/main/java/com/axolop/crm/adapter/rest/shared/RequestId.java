package com.axolop.crm.adapter.rest.shared;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The id that ties a response to its log lines; a client's own id is kept when it is short and safe. */
public record RequestId(String value) {
    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    public static RequestId fromHeader(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return new RequestId(incoming);
        }
        // Unique, not secret: SecureRandom's default source takes one lock for every request of the server.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new RequestId("req_" + HexFormat.of().toHexDigits(random.nextLong())
                + HexFormat.of().toHexDigits(random.nextInt()));
    }
}
