package com.axolop.crm.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FileStore} guarantees; run against the in-memory fake and PostgreSQL. */
public abstract class FileStoreContract {
    private final FileStore files = createFileStore();

    protected abstract FileStore createFileStore();

    @Test
    void readsBackEveryByteOfALargeFileInOrder() throws IOException {
        byte[] content = new byte[2_500_000];
        new Random(7).nextBytes(content);
        UUID id = UUID.randomUUID();

        try (OutputStream out = files.create(id)) {
            out.write(content, 0, 1_000);
            out.write(content[1_000]);
            out.write(content, 1_001, content.length - 1_001);
        }

        try (InputStream in = files.open(id)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files.size(id)).isEqualTo(content.length);
    }

    @Test
    void anEmptyFileReadsAsEmptyAndADeletedOneIsGone() throws IOException {
        UUID id = UUID.randomUUID();
        files.create(id).close();

        assertThat(files.open(id).readAllBytes()).isEmpty();
        try (OutputStream out = files.create(UUID.randomUUID())) {
            out.write(1);
        }
        assertThat(files.size(id)).isZero();
        files.delete(id);
        assertThat(files.open(id).read()).isEqualTo(-1);
        assertThat(files.size(id)).isZero();
    }
}
