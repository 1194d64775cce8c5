package com.axolop.crm.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static FormDetails details(String name) {
        return new FormDetails(name, null, List.of(new FormField("email", "Email", FormFieldType.EMAIL, true, null)),
                Map.of("email", LeadField.EMAIL), true, null);
    }

    private final Form form = Form.create(Id.newId(), new WorkspaceId("ws"), details("Newsletter"), new UserId("u"),
            T0).record();

    @Test
    void aNewFormIsAtItsFirstVersion() {
        assertThat(form.revision().version()).isEqualTo(1);
        assertThat(form.revision().createdBy()).isEqualTo(new UserId("u"));
    }

    @Test
    void anUpdateWithTheSameDetailsChangesNothing() {
        var change = form.update(details("Newsletter"), T0.plusSeconds(60));

        assertThat(change.record()).isSameAs(form);
        assertThat(change.events()).isEmpty();
    }

    @Test
    void anUpdateReplacesTheDetailsAndAdvancesTheVersion() {
        Form updated = form.update(details("Weekly digest"), T0.plusSeconds(60)).record();

        assertThat(updated.details().name()).isEqualTo("Weekly digest");
        assertThat(updated.revision().version()).isEqualTo(2);
        assertThat(updated.revision().updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(updated.id()).isEqualTo(form.id());
    }

    @Test
    void anAcceptedSubmissionFindsAndMakesTheLeadThroughTheFormsMapping() {
        Map<String, Object> accepted = form.accept(Map.of("email", " a@b.io "));

        assertThat(form.isTrap(Map.of("email", "a@b.io"))).isFalse();
        assertThat(form.leadEmail(accepted)).isEqualTo(new EmailAddress("a@b.io"));
        LeadDetails lead = form.toLead(accepted, null, "form:1");
        assertThat(lead.email()).isEqualTo(new EmailAddress("a@b.io"));
    }
}
