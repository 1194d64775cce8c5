package com.axolop.crm.application.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.email.EmailTemplate;
import com.axolop.crm.domain.email.EmailTemplateDetails;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.CustomFields;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailTemplateServiceTest {
    private final InMemoryEmailTemplateRepository repository = new InMemoryEmailTemplateRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final EmailTemplateService service = new EmailTemplateService(repository, new FakeEmailTemplates(),
            new RecordWritePorts(outbox, new DirectTransactionRunner(), new InMemoryExistingRecords(),
                    new MutableClock(Instant.parse("2026-05-01T12:00:00Z"))));
    private final Actor member = TestActors.member("acme");

    private static EmailTemplateDetails details(String html) {
        return new EmailTemplateDetails("Follow-up", "Hi", html);
    }

    private long stored() {
        return service.list(member, new ListQuery<>(new EmailTemplateFilter(DateRange.ALL),
                new Sort<>(EmailTemplateSortField.CREATED_AT, Sort.Direction.ASC), new PageRequest(1, 20))).total();
    }

    @Test
    void createsATemplateAndPublishesTemplateCreated() {
        EmailTemplate template = service.create(member, details("<p>Hi</p>"));

        assertThat(repository.findById(member.workspace(), template.id())).contains(template);
        assertThat(outbox.types()).containsExactly("email.template_created");
        assertThat(outbox.events().getFirst().aggregateType()).isEqualTo("email");
    }

    @Test
    void aSourceTheRendererRefusesIsNeverStored() {
        assertThatThrownBy(() -> service.create(member, details("BROKEN"))).isInstanceOf(InvalidFieldException.class);

        assertThat(stored()).isZero();
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void anUpdateTheRendererRefusesKeepsTheStoredTemplate() {
        EmailTemplate template = service.create(member, details("<p>Hi</p>"));

        assertThatThrownBy(() -> service.update(member, template.id(), details("BROKEN"), ExpectedVersion.ANY))
                .isInstanceOf(InvalidFieldException.class);

        assertThat(repository.findById(member.workspace(), template.id())).contains(template);
    }

    @Test
    void viewersCannotWriteTemplates() {
        assertThatThrownBy(() -> service.create(TestActors.viewer("acme"), details("<p>Hi</p>")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void previewsAStoredTemplateByIdAndABaseOneByName() {
        EmailTemplate template = service.create(member, details("<p>Hi</p>"));
        var data = new CustomFields("{\"a\":1}");

        assertThat(service.preview(member, template.id().toString(), data).subject())
                .isEqualTo("Follow-up for null {\"a\":1}");
        assertThat(service.preview(TestActors.viewer("acme"), "invoice", data).subject())
                .isEqualTo("invoice for null {\"a\":1}");
    }

    @Test
    void anotherWorkspacesTemplateOrAnUnknownNameIsNotFound() {
        EmailTemplate template = service.create(member, details("<p>Hi</p>"));

        assertThatThrownBy(() -> service.preview(TestActors.member("other"), template.id().toString(),
                CustomFields.EMPTY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.preview(member, "nope", CustomFields.EMPTY))
                .isInstanceOf(NotFoundException.class);
    }
}
