package com.axolop.crm.application.email;

import com.axolop.crm.application.job.JobQueue;
import com.axolop.crm.application.job.JobRequest;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Objects;

/** Queues one-to-one mail (a workflow's send_email) on the email queue, ahead of campaign mail. */
public final class TransactionalEmails {
    /** Transactional mail runs before campaign mail (priority 5) on the same queue. */
    public static final int PRIORITY = 2;

    private final JobQueue jobs;
    private final TemplateSources templates;

    public TransactionalEmails(JobQueue jobs, TemplateSources templates) {
        this.jobs = Objects.requireNonNull(jobs);
        this.templates = Objects.requireNonNull(templates);
    }

    /** Inside the caller's transaction: the email goes out once it commits. */
    public void queue(WorkspaceId workspace, EmailRequest email) {
        if (templates.find(workspace, email.template()).isEmpty()) {
            throw new InvalidFieldException("template", TemplateSources.EXPECTED + " (got '" + email.template()
                    + "')");
        }
        jobs.enqueue(JobRequest.of(workspace, QueueName.EMAIL, EmailDelivery.SEND_JOB, email.payload())
                .withPriority(PRIORITY).dedupedBy("email:" + email.id()));
    }
}
