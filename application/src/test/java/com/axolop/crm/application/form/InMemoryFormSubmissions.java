package com.axolop.crm.application.form;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test fake of {@link FormSubmissions}: a form's submissions in its workspace, newest first as in the store;
 * of submissions at one instant, the later one first.
 */
public class InMemoryFormSubmissions implements FormSubmissions {
    private final List<FormSubmission> submissions = new ArrayList<>();

    @Override
    public synchronized void insert(FormSubmission submission) {
        submissions.add(submission);
    }

    @Override
    public synchronized Page<FormSubmission> list(WorkspaceId workspace, Id<Form> form, PageRequest page) {
        List<FormSubmission> newest = submissions.reversed().stream()
                .filter(submission -> submission.workspaceId().equals(workspace) && submission.formId().equals(form))
                .sorted(Comparator.comparing(FormSubmission::submittedAt).reversed())
                .toList();
        return new Page<>(newest.stream().skip(page.offset()).limit(page.limit()).toList(), page, newest.size());
    }
}
