package com.axolop.crm.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookDetailsTest {
    private static WebhookDetails wanting(String... events) {
        return new WebhookDetails("https://hooks.example.com/crm", List.of(events), null, true);
    }

    @Test
    void matchesExactTypesPrefixPatternsAndEverything() {
        assertThat(wanting("lead.*").wants("lead.created")).isTrue();
        assertThat(wanting("lead.*").wants("leads.created")).isFalse();
        assertThat(wanting("opportunity.won").wants("opportunity.won")).isTrue();
        assertThat(wanting("opportunity.won").wants("opportunity.lost")).isFalse();
        assertThat(wanting("*").wants("calendar.event_created")).isTrue();
    }

    @Test
    void refusesEveryBrokenFieldAtOnce() {
        assertThatThrownBy(() -> new WebhookDetails("ftp://example.com", List.of("Lead!"), "x".repeat(501), true))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("url", "events", "description"));
    }

    @Test
    void refusesUserInfoInTheUrlAndAnEmptyEventList() {
        assertThatThrownBy(() -> WebhookDetails.url("https://user:pw@example.com/hook"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDetails.events(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsEachEventPatternOnce() {
        assertThat(wanting("lead.*", "lead.*", "*").events()).containsExactly("lead.*", "*");
    }
}
