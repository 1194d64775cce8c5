package com.axolop.crm.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final WebhookSubscription subscription = WebhookSubscription.create(Id.newId(), new WorkspaceId("ws"),
            new WebhookDetails("https://hooks.example.com", List.of("*"), null, true), new UserId("admin"), T0)
            .record();

    @Test
    void generatesAStandardWebhooksSecretOf24RandomBytes() {
        assertThat(subscription.secret().value()).startsWith("whsec_");
        assertThat(subscription.secret().key()).hasSize(24);
        assertThat(subscription.secret().toString()).doesNotContain(subscription.secret().value());
    }

    @Test
    void afterARotationBothSecretsSignFor24Hours() {
        WebhookSubscription rotated = subscription.rotateSecret(T0).record();

        assertThat(rotated.secret()).isNotEqualTo(subscription.secret());
        assertThat(rotated.signingSecrets(T0.plusSeconds(3600))).containsExactly(rotated.secret(),
                subscription.secret());
        assertThat(rotated.signingSecrets(T0.plus(WebhookSubscription.ROTATION_OVERLAP)))
                .containsExactly(rotated.secret());
    }

    @Test
    void disablingAnActiveSubscriptionRaisesWebhookDisabledOnce() {
        Change<WebhookSubscription> disabled = subscription.disable(WebhookEvent.DisableReason.GONE, T0);

        assertThat(disabled.record().details().active()).isFalse();
        assertThat(disabled.events()).singleElement().isInstanceOf(WebhookEvent.Disabled.class);
        assertThat(disabled.record().disable(WebhookEvent.DisableReason.GONE, T0).events()).isEmpty();
    }
}
