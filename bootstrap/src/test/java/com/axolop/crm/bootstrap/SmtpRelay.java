package com.axolop.crm.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a real SMTP server, for crash tests: it passes everything both ways for the first
 * {@code messages} messages; from then on each connection's answers stop after its next 354 (the server's go ahead for
 * the message), so its client sends a whole message, the server takes it, and the client never hears so.
 */
final class SmtpRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int serverPort;
    private final int messages;
    private final AtomicInteger goAheads = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    SmtpRelay(int serverPort, int messages) throws IOException {
        this.serverPort = serverPort;
        this.messages = messages;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                sockets.add(client);
                sockets.add(server);
                Thread.ofVirtual().start(() -> commands(client, server));
                Thread.ofVirtual().start(() -> answers(server, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void commands(Socket client, Socket server) {
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException dropped) {
            // One side went away (the client was killed): the other is closed with it.
        }
        closeQuietly(server);
    }

    /** Line by line, so an answer is held back whole. */
    private void answers(Socket server, Socket client) {
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            boolean withheld = false;
            var line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                line.write(b);
                if (b != '\n') {
                    continue;
                }
                if (!withheld) {
                    out.write(line.toByteArray());
                    out.flush();
                    withheld = line.toString().startsWith("354") && goAheads.incrementAndGet() > messages;
                }
                line.reset();
            }
        } catch (IOException dropped) {
            // As above.
        }
        closeQuietly(client);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closed already.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }
}
