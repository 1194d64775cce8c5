package com.axolop.crm.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.lead.TestLeads;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Cache} must do; extended once for the fake and once for Redis. */
public abstract class CacheContract {
    protected Cache cache;
    protected WorkspaceId workspace;

    protected abstract Cache createCache();

    @BeforeEach
    void setUpContract() {
        cache = createCache();
        workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    }

    @Test
    void missesUntilAValueIsPutThenReturnsAnEqualValue() {
        Lead lead = new Lead(LeadId.newId(), workspace, TestLeads.details("Acme"), new UserId("u1"),
                Instant.parse("2024-01-01T00:00:00.123456Z"), Instant.parse("2024-01-02T00:00:00Z"), 3);
        String key = key("lead:" + lead.id());

        assertThat(cache.get(key, Lead.class, CacheRegion.LEADS)).isEmpty();
        cache.put(key, lead, CacheRegion.LEADS);

        assertThat(cache.get(key, Lead.class, CacheRegion.LEADS)).contains(lead);
    }

    @Test
    void generationStartsAtZeroAndAdvancesByOne() {
        String counter = key("leads:generation");

        assertThat(cache.generation(counter)).isZero();
        cache.advance(counter);
        cache.advance(counter);

        assertThat(cache.generation(counter)).isEqualTo(2);
    }

    @Test
    void clearRemovesOnlyTheWorkspacesEntriesThatMatch() {
        cache.put(key("lead:1"), "a", CacheRegion.LEADS);
        cache.put(key("lead:2"), "b", CacheRegion.LEADS);
        cache.put(key("dashboard:x"), "c", CacheRegion.DASHBOARD);
        String otherKey = "crm:other-" + UUID.randomUUID() + ":lead:1";
        cache.put(otherKey, "d", CacheRegion.LEADS);

        assertThat(cache.clear(workspace, "lead:*")).isEqualTo(2);

        assertThat(cache.get(key("lead:1"), String.class, CacheRegion.LEADS)).isEmpty();
        assertThat(cache.get(key("dashboard:x"), String.class, CacheRegion.DASHBOARD)).contains("c");
        assertThat(cache.get(otherKey, String.class, CacheRegion.LEADS)).contains("d");
        assertThat(cache.clear(workspace, null)).isEqualTo(1);
    }

    protected String key(String rest) {
        return "crm:" + workspace + ":" + rest;
    }
}
