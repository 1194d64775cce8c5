package com.axolop.crm.application.port;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake of {@link FileStore}: a file is kept once its stream is closed. */
public class InMemoryFileStore implements FileStore {
    private final Map<UUID, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public OutputStream create(UUID id) {
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                files.put(id, toByteArray());
            }
        };
    }

    @Override
    public InputStream open(UUID id) {
        return new ByteArrayInputStream(files.getOrDefault(id, new byte[0]));
    }

    @Override
    public long size(UUID id) {
        return files.getOrDefault(id, new byte[0]).length;
    }

    @Override
    public void delete(UUID id) {
        files.remove(id);
    }
}
