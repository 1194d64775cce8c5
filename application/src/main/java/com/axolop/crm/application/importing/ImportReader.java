package com.axolop.crm.application.importing;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a record type's rows out of an uploaded file, streaming. A file that cannot be read at all (not UTF-8, a
 * header naming no field, a mapping naming a missing column) is an InvalidFieldException on {@code file}.
 */
public interface ImportReader<D> {
    /** The data rows of the file (the header excluded). */
    long count(InputStream file);

    /** The rows in file order; {@code mapping} as in ImportOptions. */
    Rows<D> open(InputStream file, Map<String, String> mapping);

    interface Rows<D> extends Iterator<ImportRow<D>>, AutoCloseable {
        @Override
        void close();
    }
}
