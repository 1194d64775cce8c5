package com.axolop.crm.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection (closed by the client once the answer is read): sends exactly the bytes a test chooses (methods, paths
 * and headers no HTTP client library would let through) and reads the whole answer.
 */
final class RawHttp {
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static Response send(int port, HostileRequests.Request request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(Integer.getInteger("fuzz.timeoutMs", 10_000));
            OutputStream out = socket.getOutputStream();
            var head = new StringBuilder(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\n");
            for (String[] header : request.headers()) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            if (request.body() != null) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            var bytes = new ByteArrayOutputStream();
            bytes.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (request.body() != null) {
                bytes.write(request.body());
            }
            try {
                out.write(bytes.toByteArray());
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer (and close) before the whole request is sent: its answer is what counts.
            }
            return read(socket.getInputStream(), request.method().equals("HEAD"));
        }
    }

    // The head, then as much body as it announces (Content-Length, chunks, or up to the close): never waits on a
    // connection the server keeps open after a complete answer.
    private static Response read(InputStream in, boolean head) throws IOException {
        var received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int end = -1;
        while (end < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("connection closed after " + received.size() + " bytes without a response head");
            }
            received.write(buffer, 0, n);
            end = indexOf(received.toByteArray(), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] all = received.toByteArray();
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        var body = new ByteArrayOutputStream();
        body.write(all, end + 4, all.length - end - 4);
        boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        if (head || status == 204 || status == 304) {
            return new Response(status, headers, new byte[0]);
        }
        if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            while (body.size() < length) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("closed after " + body.size() + " of " + length + " body bytes");
                }
                body.write(buffer, 0, n);
            }
            return new Response(status, headers, java.util.Arrays.copyOf(body.toByteArray(), length));
        }
        while (!(chunked && endsWith(body.toByteArray(), "0\r\n\r\n"))) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            body.write(buffer, 0, n);
        }
        return new Response(status, headers, chunked ? dechunk(body.toByteArray()) : body.toByteArray());
    }

    private static boolean endsWith(byte[] data, String suffix) {
        byte[] tail = suffix.getBytes(StandardCharsets.ISO_8859_1);
        return data.length >= tail.length
                && java.util.Arrays.equals(data, data.length - tail.length, data.length, tail, 0, tail.length);
    }

    private static byte[] dechunk(byte[] chunked) {
        var body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'});
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, at + lineEnd + 2, Math.min(length, chunked.length - at - lineEnd - 2));
            at += lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
