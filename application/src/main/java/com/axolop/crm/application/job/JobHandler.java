package com.axolop.crm.application.job;

/** Runs one type of job. Throwing fails this run: the job is retried with backoff until its attempts run out. */
@FunctionalInterface
public interface JobHandler {
    void handle(Job job) throws Exception;
}
