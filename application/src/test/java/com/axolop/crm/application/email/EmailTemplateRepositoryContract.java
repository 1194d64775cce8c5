package com.axolop.crm.application.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.email.EmailTemplate;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link EmailTemplateRepository} does besides the generic record behaviour: its creation filter. */
public abstract class EmailTemplateRepositoryContract
        extends RecordRepositoryContract<EmailTemplate, EmailTemplateFilter, EmailTemplateSortField> {
    private static final UserId CREATOR = new UserId("creator");

    protected abstract EmailTemplateRepository createTemplateRepository();

    @Override
    protected final RecordRepository<EmailTemplate, EmailTemplateFilter, EmailTemplateSortField> createRepository() {
        return createTemplateRepository();
    }

    static EmailTemplateDetails details(String name) {
        return new EmailTemplateDetails(name, "Hello ${firstName}", "<p>Hi ${firstName}</p>");
    }

    private static EmailTemplate template(Id<EmailTemplate> id, WorkspaceId workspace, String name, Instant at) {
        return new EmailTemplate(id, workspace, details(name), Revision.first(CREATOR, at));
    }

    @Override
    protected EmailTemplate newRecord(Id<EmailTemplate> id, WorkspaceId workspace) {
        return template(id, workspace, "Follow-up", T0);
    }

    @Override
    protected EmailTemplate nextVersion(EmailTemplate template) {
        return new EmailTemplate(template.id(), template.workspaceId(), new EmailTemplateDetails("Follow-up (new)",
                "Hi again", "<p>again</p>"), template.revision().next(template.revision().updatedAt().plusSeconds(60)));
    }

    @Override
    protected EmailTemplateFilter everything() {
        return new EmailTemplateFilter(DateRange.ALL);
    }

    @Override
    protected Class<EmailTemplateSortField> sortFields() {
        return EmailTemplateSortField.class;
    }

    @Override
    protected Set<EmailTemplateSortField> optionalSortFields() {
        return Set.of();
    }

    @Override
    protected EmailTemplate ranked(Id<EmailTemplate> id, WorkspaceId workspace, EmailTemplateSortField field,
                                   Integer rank) {
        return switch (field) {
            case CREATED_AT -> template(id, workspace, "t", T0.plusSeconds(rank));
            case UPDATED_AT -> new EmailTemplate(id, workspace, details("t"),
                    new Revision(CREATOR, T0, T0.plusSeconds(rank), 1));
            case NAME -> template(id, workspace, "rank" + (char) ('a' + rank), T0);
        };
    }

    @Test
    void filtersByCreationTimeIncludingTheStartAndExcludingTheEnd() {
        stored(template(Id.newId(), workspace, "before", T0.minusSeconds(1)));
        EmailTemplate atStart = stored(template(Id.newId(), workspace, "start", T0));
        stored(template(Id.newId(), workspace, "end", T0.plusSeconds(60)));

        assertThat(listed(new EmailTemplateFilter(new DateRange(T0, T0.plusSeconds(60))))).containsExactly(atStart);
    }
}
