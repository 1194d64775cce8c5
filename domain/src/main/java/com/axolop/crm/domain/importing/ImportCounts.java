package com.axolop.crm.domain.importing;

/** Rows processed so far, and what became of them: every processed row is created, updated, skipped or failed. */
public record ImportCounts(long processed, long created, long updated, long skipped, long failed) {
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    public ImportCounts {
        if (created < 0 || updated < 0 || skipped < 0 || failed < 0
                || processed != created + updated + skipped + failed) {
            throw new IllegalArgumentException("every processed row is created, updated, skipped or failed");
        }
    }

    public ImportCounts plus(ImportCounts batch) {
        return new ImportCounts(processed + batch.processed, created + batch.created, updated + batch.updated,
                skipped + batch.skipped, failed + batch.failed);
    }
}
