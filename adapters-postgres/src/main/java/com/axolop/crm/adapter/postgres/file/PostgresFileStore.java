package com.axolop.crm.adapter.postgres.file;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Rows;
import com.axolop.crm.application.port.FileStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.UUID;

/**
 * Files as rows of 1 MB chunks in {@code stored_files}. Written inside a transaction they commit with it; read,
 * one chunk is fetched at a time, so neither side holds a whole file in memory.
 */
public class PostgresFileStore implements FileStore {
    static final int CHUNK = 1024 * 1024;

    private final PostgresTransactionRunner db;

    public PostgresFileStore(PostgresTransactionRunner db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public OutputStream create(UUID id) {
        return new Chunks(id);
    }

    @Override
    public InputStream open(UUID id) {
        return new Reader(id);
    }

    @Override
    public long size(UUID id) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select coalesce(sum(octet_length(data)), 0) from stored_files where file_id = ?")) {
                select.setObject(1, id);
                return Rows.number(select);
            }
        });
    }

    @Override
    public void delete(UUID id) {
        db.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from stored_files where file_id = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private final class Chunks extends OutputStream {
        private final UUID id;
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK);
        private int seq;

        Chunks(UUID id) {
            this.id = id;
        }

        @Override
        public void write(int b) {
            chunk.write(b);
            flushFull();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, CHUNK - chunk.size());
                chunk.write(bytes, offset, n);
                offset += n;
                length -= n;
                flushFull();
            }
        }

        private void flushFull() {
            if (chunk.size() == CHUNK) {
                store();
            }
        }

        @Override
        public void close() {
            if (chunk.size() > 0 || seq == 0) {
                store();
            }
        }

        private void store() {
            db.withConnection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into stored_files (file_id, seq, data) values (?, ?, ?)")) {
                    insert.setObject(1, id);
                    insert.setInt(2, seq++);
                    insert.setBytes(3, chunk.toByteArray());
                    return insert.executeUpdate();
                }
            });
            chunk.reset();
        }
    }

    private final class Reader extends InputStream {
        private final UUID id;
        private byte[] chunk = new byte[0];
        private int position;
        private int next;
        private boolean end;

        Reader(UUID id) {
            this.id = id;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == chunk.length) {
                if (end || !fetch()) {
                    return -1;
                }
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, bytes, offset, n);
            position += n;
            return n;
        }

        private boolean fetch() {
            byte[] fetched = db.withConnection(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "select data from stored_files where file_id = ? and seq = ?")) {
                    select.setObject(1, id);
                    select.setInt(2, next);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? row.getBytes(1) : null;
                    }
                }
            });
            if (fetched == null) {
                end = true;
                return false;
            }
            next++;
            chunk = fetched;
            position = 0;
            return true;
        }
    }
}
