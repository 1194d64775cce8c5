package com.axolop.crm.application.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.LeadField;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link FormRepository} does besides the generic record behaviour: its filters and active forms. */
public abstract class FormRepositoryContract extends RecordRepositoryContract<Form, FormFilter, FormSortField> {
    private static final UserId CREATOR = new UserId("creator");

    protected FormRepository forms;

    protected abstract FormRepository createFormRepository();

    @Override
    protected final RecordRepository<Form, FormFilter, FormSortField> createRepository() {
        forms = createFormRepository();
        return forms;
    }

    @Override
    protected Form newRecord(Id<Form> id, WorkspaceId workspace) {
        return form(id, workspace, TestForms.details("Demo request"), T0);
    }

    @Override
    protected Form nextVersion(Form form) {
        FormDetails changed = TestForms.withMapping(TestForms.withName(form.details(), "Demo request (new)"),
                Map.of("email", LeadField.EMAIL));
        return new Form(form.id(), form.workspaceId(), changed,
                form.revision().next(form.revision().updatedAt().plusSeconds(60)));
    }

    @Override
    protected FormFilter everything() {
        return new FormFilter(null, DateRange.ALL);
    }

    @Override
    protected Class<FormSortField> sortFields() {
        return FormSortField.class;
    }

    @Override
    protected Set<FormSortField> optionalSortFields() {
        return Set.of();
    }

    @Override
    protected Form ranked(Id<Form> id, WorkspaceId workspace, FormSortField field, Integer rank) {
        return switch (field) {
            case CREATED_AT -> form(id, workspace, TestForms.details("Demo request"), T0.plusSeconds(rank));
            case UPDATED_AT -> new Form(id, workspace, TestForms.details("Demo request"),
                    new Revision(CREATOR, T0, T0.plusSeconds(rank), 1));
            case NAME -> form(id, workspace, TestForms.details("rank" + (char) ('a' + rank)), T0);
        };
    }

    private Form stored(FormDetails details, Instant createdAt) {
        return stored(form(Id.newId(), workspace, details, createdAt));
    }

    private static Form form(Id<Form> id, WorkspaceId workspace, FormDetails details, Instant createdAt) {
        return new Form(id, workspace, details, Revision.first(CREATOR, createdAt));
    }

    @Test
    void filtersByWhetherAFormIsActive() {
        Form active = stored(TestForms.details("Active", true), T0);
        Form inactive = stored(TestForms.details("Inactive", false), T0.plusSeconds(1));

        assertThat(listed(new FormFilter(true, DateRange.ALL))).containsExactly(active);
        assertThat(listed(new FormFilter(false, DateRange.ALL))).containsExactly(inactive);
        assertThat(listed(new FormFilter(null, DateRange.ALL))).containsExactly(active, inactive);
    }

    @Test
    void filtersByCreationTimeIncludingTheStartAndExcludingTheEnd() {
        stored(TestForms.details("before"), T0.minusSeconds(1));
        Form atStart = stored(TestForms.details("start"), T0);
        stored(TestForms.details("end"), T0.plusSeconds(60));

        assertThat(listed(new FormFilter(null, new DateRange(T0, T0.plusSeconds(60))))).containsExactly(atStart);
    }

    @Test
    void findsAnActiveFormByIdAloneForThePublicSubmitEndpoint() {
        Form active = stored(TestForms.details("Active", true), T0);
        Form inactive = stored(TestForms.details("Inactive", false), T0);

        assertThat(forms.findActive(active.id())).contains(active);
        assertThat(forms.findActive(inactive.id())).isEmpty();
        assertThat(forms.findActive(Id.newId())).isEmpty();
    }
}
