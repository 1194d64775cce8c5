package com.axolop.crm.adapter.rest.importing;

import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.application.importing.ImportUpload;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * A CSV upload, streamed to the store as it arrives: a {@code text/csv} body with its options in the query, or a
 * {@code multipart/form-data} form with the file (the part with a file name, or named {@code file}) and its options
 * as fields (over the query's). The file is checked on the way: past {@code maxBytes} it is a 413, bytes that are
 * not UTF-8 a 400.
 */
final class Uploads {
    private static final Pattern PARAMETER = Pattern.compile("(?i)(?:^|;)\\s*(name|filename)\\s*=\\s*\"?([^\";]*)\"?");
    private static final int MAX_FIELD = 64 * 1024;
    private static final List<String> OPTIONS = List.of("mapping", "on_duplicate", "dry_run");

    private Uploads() {
    }

    static ImportUpload of(ServerRequest req, long maxBytes, List<String> fields) {
        long length = req.headers().contentLength().orElse(0);
        if (length > maxBytes + MAX_FIELD) {
            throw tooLarge(maxBytes);
        }
        String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        String mediaType = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Map<String, String> options = new HashMap<>();
        for (String option : OPTIONS) {
            req.query().first(option).asOptional().ifPresent(value -> options.put(option, value));
        }
        return switch (mediaType) {
            case "text/csv", "application/csv", "text/plain" -> file -> {
                copy(req.content().inputStream(), file, maxBytes);
                return ImportOptionsReader.read(options, fields);
            };
            case "multipart/form-data" -> file -> {
                form(req.content().inputStream(), type, file, maxBytes, options);
                return ImportOptionsReader.read(options, fields);
            };
            default -> throw new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "Send the CSV file as text/csv or as multipart/form-data");
        };
    }

    private static void form(InputStream body, String contentType, OutputStream file, long maxBytes,
                             Map<String, String> options) throws IOException {
        var parts = new MimeTokenStream(MimeConfig.PERMISSIVE);
        parts.parseHeadless(body, contentType);
        boolean found = false;
        String name = null;
        String fileName = null;
        try {
            for (EntityState state = parts.getState(); state != EntityState.T_END_OF_STREAM; state = parts.next()) {
                switch (state) {
                    case T_START_BODYPART -> {
                        name = null;
                        fileName = null;
                    }
                    case T_FIELD -> {
                        if (parts.getField().getName().equalsIgnoreCase("Content-Disposition")) {
                            Matcher parameter = PARAMETER.matcher(parts.getField().getBody());
                            while (parameter.find()) {
                                if (parameter.group(1).equalsIgnoreCase("name")) {
                                    name = parameter.group(2);
                                } else {
                                    fileName = parameter.group(2);
                                }
                            }
                        }
                    }
                    case T_BODY -> {
                        if (!found && (fileName != null || "file".equals(name))) {
                            copy(parts.getDecodedInputStream(), file, maxBytes);
                            found = true;
                        } else if (name != null && OPTIONS.contains(name)) {
                            byte[] value = parts.getDecodedInputStream().readNBytes(MAX_FIELD);
                            options.put(name, new String(value, StandardCharsets.UTF_8));
                        }
                    }
                    default -> { }
                }
            }
        } catch (MimeException e) {
            throw new ApiException(Status.BAD_REQUEST_400, "The form is not valid multipart/form-data");
        }
        if (!found) {
            var errors = new FieldErrors();
            errors.add("file", "is required (a form part with the CSV file)");
            errors.throwIfAny();
        }
    }

    /** Copies the file, refusing it past {@code maxBytes} or at the first byte sequence that is not UTF-8. */
    private static void copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buffer = new byte[64 * 1024];
        ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
        CharBuffer chars = CharBuffer.allocate(buffer.length);
        long total = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(maxBytes);
            }
            out.write(buffer, 0, n);
            pending.put(buffer, 0, n).flip();
            decode(decoder, pending, chars, false);
            pending.compact();
        }
        decode(decoder, pending.flip(), chars, true);
    }

    private static void decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        while (true) {
            var result = decoder.decode(bytes, chars.clear(), end);
            if (result.isError()) {
                var errors = new FieldErrors();
                errors.add("file", Utf8.NOT_UTF8);
                errors.throwIfAny();
            }
            if (!result.isOverflow()) {
                return;
            }
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413,
                "The file is larger than the " + maxBytes + " bytes an import takes");
    }
}
