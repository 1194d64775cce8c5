package com.axolop.crm.application.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormSubmission;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.VersionMismatchException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class FormServiceTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final InMemoryFormRepository forms = new InMemoryFormRepository();
    private final SubmissionPages submissions = new SubmissionPages();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final MutableClock clock = new MutableClock(NOW);
    private final FormService service = new FormService(forms, submissions,
            new RecordWritePorts(outbox, new DirectTransactionRunner(), new InMemoryExistingRecords(), clock));
    private final Actor member = TestActors.member("acme");

    /** Answers every question with a page of no submissions but a total of 3, and notes the questions. */
    private static final class SubmissionPages implements FormSubmissions {
        private final List<String> asked = new ArrayList<>();

        @Override
        public void insert(FormSubmission submission) {
            throw new UnsupportedOperationException("not submitted here");
        }

        @Override
        public Page<FormSubmission> list(WorkspaceId workspace, Id<Form> form, PageRequest page) {
            asked.add(workspace + " " + form + " " + page.page());
            return new Page<>(List.of(), page, 3);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> formIn(OutboxEvent event) {
        return (Map<String, Object>) event.payload().get("form");
    }

    @Test
    void createAppendsFormCreatedWithTheFormAsPublished() {
        Form form = service.create(member, TestForms.details("Demo request"));

        assertThat(service.get(member, form.id())).isEqualTo(FormService.KIND.view(form));
        assertThat(form.revision().createdBy()).isEqualTo(member.user());
        assertThat(outbox.types()).containsExactly("form.created");
        OutboxEvent created = outbox.events().getFirst();
        assertThat(created.aggregateType()).isEqualTo("form");
        assertThat(created.aggregateId()).isEqualTo(form.id().toString());
        assertThat(created.occurredAt()).isEqualTo(NOW);
        assertThat(formIn(created)).containsOnlyKeys("id", "workspace_id", "name", "description", "fields", "mapping",
                        "active", "honeypot_field", "created_by", "created_at", "updated_at", "version")
                .containsEntry("name", "Demo request")
                .containsEntry("mapping", Map.of("full_name", "name", "email", "email"))
                .containsEntry("active", true)
                .containsEntry("honeypot_field", "_hp")
                .containsEntry("version", 1L);
        assertThat(formIn(created).get("fields")).asInstanceOf(InstanceOfAssertFactories.LIST).first().isEqualTo(Map.of("name", "full_name",
                "label", "Your name", "type", "text", "required", true, "options", List.of()));
    }

    @Test
    void updateAppendsFormUpdatedWithTheChangedFieldsAndTheirPreviousValues() {
        Form form = service.create(member, TestForms.details("Demo request"));
        clock.advance(Duration.ofMinutes(5));

        Form closed = service.update(member, form.id(), TestForms.details("Demo request", false),
                ExpectedVersion.exactly(1));

        assertThat(closed.revision().version()).isEqualTo(2);
        assertThat(service.get(member, form.id()).fields()).containsEntry("active", false);
        assertThat(outbox.types()).containsExactly("form.created", "form.updated");
        assertThat(outbox.events().getLast().payload()).containsEntry("changes", List.of("active"))
                .containsEntry("previous", Map.of("active", true));
        assertThat(formIn(outbox.events().getLast())).containsEntry("updated_at", NOW.plusSeconds(300).toString());
    }

    @Test
    void anIdenticalUpdateEmitsNothingAndKeepsTheVersion() {
        Form form = service.create(member, TestForms.details("Demo request"));

        assertThat(service.update(member, form.id(), TestForms.details("Demo request"), ExpectedVersion.ANY))
                .isEqualTo(form);
        assertThat(outbox.types()).containsExactly("form.created");
    }

    @Test
    void anUpdateExpectingAnotherVersionIsRefused() {
        Form form = service.create(member, TestForms.details("Demo request"));

        assertThatThrownBy(() -> service.update(member, form.id(), TestForms.details("Other"),
                ExpectedVersion.exactly(4))).isInstanceOf(VersionMismatchException.class);
        assertThat(service.get(member, form.id())).isEqualTo(FormService.KIND.view(form));
    }

    @Test
    void deleteRemovesTheFormAndAppendsFormDeleted() {
        Form form = service.create(member, TestForms.details("Demo request"));

        service.delete(member, form.id(), ExpectedVersion.exactly(1));

        assertThatThrownBy(() -> service.get(member, form.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Form not found");
        assertThat(forms.findActive(form.id())).isEmpty();
        assertThat(outbox.types()).containsExactly("form.created", "form.deleted");
        assertThat(formIn(outbox.events().getLast())).containsEntry("id", form.id().toString());
    }

    @Test
    void aViewerCannotCreateUpdateOrDelete() {
        Form form = service.create(member, TestForms.details("Demo request"));
        Actor viewer = TestActors.viewer("acme");

        assertThatThrownBy(() -> service.create(viewer, TestForms.details("Other")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update(viewer, form.id(), TestForms.details("Other"), ExpectedVersion.ANY))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.delete(viewer, form.id(), ExpectedVersion.ANY))
                .isInstanceOf(ForbiddenException.class);
        assertThat(outbox.types()).containsExactly("form.created");
    }

    @Test
    void listsTheSubmissionsOfAFormOfTheWorkspace() {
        Form form = service.create(member, TestForms.details("Demo request"));

        Page<FormSubmission> page = service.submissions(TestActors.viewer("acme"), form.id(), new PageRequest(2, 10));

        assertThat(page.total()).isEqualTo(3);
        assertThat(submissions.asked).containsExactly("acme " + form.id() + " 2");
    }

    @Test
    void theSubmissionsOfAFormOfAnotherWorkspaceAreNotFound() {
        Form form = service.create(member, TestForms.details("Demo request"));

        assertThatThrownBy(() -> service.submissions(TestActors.member("globex"), form.id(), new PageRequest(1, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(submissions.asked).isEmpty();
    }
}
