package com.axolop.crm.application.port;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Files the service keeps for a while (an uploaded import, a generated export package), shared by every instance
 * and kept across restarts.
 */
public interface FileStore {
    /** A new file written through the stream; inside a transaction it is stored with it, or not at all. */
    OutputStream create(UUID id);

    /** The file's bytes in order, read as they are consumed. */
    InputStream open(UUID id);

    /** The file's size in bytes (0 for a file it does not hold). */
    long size(UUID id);

    void delete(UUID id);
}
