package com.axolop.crm.application.job;

import java.util.UUID;

/** Where use cases put work for later. */
public interface JobQueue {
    /**
     * Stores the job inside the caller's transaction: a rolled-back write leaves no job, and workers learn of it
     * at commit. Returns its id, or the id of the waiting or running job that already has its dedupe key.
     */
    UUID enqueue(JobRequest request);
}
