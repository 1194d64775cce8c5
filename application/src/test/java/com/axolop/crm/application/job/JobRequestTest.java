package com.axolop.crm.application.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobRequestTest {
    private static final WorkspaceId ACME = new WorkspaceId("acme");

    @Test
    void takesTheQueuesDefaults() {
        JobRequest email = JobRequest.of(ACME, QueueName.EMAIL, "send", Map.of());
        JobRequest csv = JobRequest.of(ACME, QueueName.IMPORT, "csv", Map.of());

        assertThat(email.priority()).isEqualTo(5);
        assertThat(email.maxAttempts()).isEqualTo(3);
        assertThat(email.runAt()).isNull();
        assertThat(csv.maxAttempts()).isEqualTo(1);
    }

    @Test
    void refusesAPriorityOutsideOneToTen() {
        JobRequest email = JobRequest.of(ACME, QueueName.EMAIL, "send", Map.of());

        assertThatThrownBy(() -> email.withPriority(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> email.withPriority(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(email.withPriority(1).priority()).isEqualTo(1);
    }

    @Test
    void refusesNoAttemptsABlankTypeAndABlankDedupeKey() {
        JobRequest email = JobRequest.of(ACME, QueueName.EMAIL, "send", Map.of());

        assertThatThrownBy(() -> email.withAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobRequest.of(ACME, QueueName.EMAIL, " ", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> email.dedupedBy("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queuesAreNamedInLowerCase() {
        assertThat(QueueName.fromApiName("webhook")).contains(QueueName.WEBHOOK);
        assertThat(QueueName.fromApiName("WEBHOOK")).isEmpty();
    }
}
