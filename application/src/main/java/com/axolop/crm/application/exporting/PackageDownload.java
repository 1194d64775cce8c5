package com.axolop.crm.application.exporting;

import java.io.InputStream;
import java.util.Objects;

/** A completed package to send: its size in bytes, and its bytes, read as they are consumed. */
public record PackageDownload(long size, InputStream content) {
    public PackageDownload {
        Objects.requireNonNull(content, "content");
    }
}
