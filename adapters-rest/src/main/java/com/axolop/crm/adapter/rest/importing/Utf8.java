package com.axolop.crm.adapter.rest.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Imported files are UTF-8, with or without a byte order mark; anything else is refused, never guessed. */
final class Utf8 {
    static final String NOT_UTF8 = "must be UTF-8 text (save it as \"CSV UTF-8\")";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8() {
    }

    /** The text of {@code in} after its byte order mark, decoding strictly: a malformed byte is an IOException. */
    static Reader reader(InputStream in) throws IOException {
        var pushback = new PushbackInputStream(in, BOM.length);
        byte[] start = pushback.readNBytes(BOM.length);
        boolean bom = start.length == BOM.length && start[0] == BOM[0] && start[1] == BOM[1] && start[2] == BOM[2];
        if (!bom) {
            pushback.unread(start);
        }
        return new InputStreamReader(pushback, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
