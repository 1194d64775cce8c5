package com.axolop.crm.application.port;

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

        Cache.Lookup<Lead> miss = cache.get(counter(), key, Lead.class, CacheRegion.LEADS);
        cache.put(key, miss.generation(), lead, CacheRegion.LEADS);

        assertThat(miss.generation()).isZero();
        assertThat(miss.value()).isEmpty();
        assertThat(cache.get(counter(), key, Lead.class, CacheRegion.LEADS).value()).contains(lead);
    }

    @Test
    void anEntryStampedBeforeTheCounterAdvancedIsAMiss() {
        cache.put(key("lead:1"), 0, "old", CacheRegion.LEADS);

        cache.advance(counter());
        cache.advance(counter());

        Cache.Lookup<String> lookup = cache.get(counter(), key("lead:1"), String.class, CacheRegion.LEADS);
        assertThat(lookup.generation()).isEqualTo(2);
        assertThat(lookup.value()).isEmpty();
    }

    @Test
    void clearRemovesOnlyTheWorkspacesEntriesThatMatch() {
        cache.put(key("lead:1"), 0, "a", CacheRegion.LEADS);
        cache.put(key("lead:2"), 0, "b", CacheRegion.LEADS);
        cache.put(key("dashboard:x"), 0, "c", CacheRegion.DASHBOARD);
        String otherKey = "crm:other-" + UUID.randomUUID() + ":lead:1";
        cache.put(otherKey, 0, "d", CacheRegion.LEADS);

        assertThat(cache.clear(workspace, "lead:*")).isEqualTo(2);

        assertThat(read(key("lead:1"))).isEmpty();
        assertThat(read(key("dashboard:x"))).contains("c");
        assertThat(read(otherKey)).contains("d");
        assertThat(cache.clear(workspace, "dashboard:*")).isEqualTo(1);
    }

    protected java.util.Optional<String> read(String key) {
        return cache.get(counter(), key, String.class, CacheRegion.LEADS).value();
    }

    protected String counter() {
        return key("leads:generation");
    }

    protected String key(String rest) {
        return "crm:" + workspace + ":" + rest;
    }
}
