package com.axolop.crm.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.apikey.ApiKeySecret;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeys} must do; extended once for the fake and once for PostgreSQL. */
public abstract class ApiKeysContract {
    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    private ApiKeys keys;
    private WorkspaceId workspace;

    protected abstract ApiKeys createKeys();

    @BeforeEach
    void setUpContract() {
        keys = createKeys();
        workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    }

    private ApiKey key(String name, Instant createdAt, WorkspaceId in) {
        return new ApiKey(Uuids.v7(), in, name, "axolop_abcdefgh", Role.MEMBER, new UserId("u1"), createdAt, null,
                T0.plus(Duration.ofDays(30)), null);
    }

    @Test
    void aKeyIsFoundByItsHashAsItWasAdded() {
        var secret = ApiKeySecret.generate();
        ApiKey key = key("ci", T0, workspace);

        keys.add(key, secret.hash());

        assertThat(keys.findByHash(secret.hash())).contains(key);
        assertThat(keys.findByHash(ApiKeySecret.generate().hash())).isEmpty();
    }

    @Test
    void theListHoldsTheWorkspacesKeysNewestFirst() {
        ApiKey older = key("older", T0, workspace);
        ApiKey newer = key("newer", T0.plusSeconds(1), workspace);
        keys.add(older, ApiKeySecret.generate().hash());
        keys.add(newer, ApiKeySecret.generate().hash());
        keys.add(key("elsewhere", T0, new WorkspaceId("ws-" + UUID.randomUUID())), ApiKeySecret.generate().hash());

        assertThat(keys.list(workspace)).containsExactly(newer, older);
    }

    @Test
    void anotherWorkspacesKeyIsNeitherFoundNorRevoked() {
        ApiKey key = key("ci", T0, workspace);
        keys.add(key, ApiKeySecret.generate().hash());
        var other = new WorkspaceId("ws-" + UUID.randomUUID());

        assertThat(keys.find(other, key.id())).isEmpty();
        assertThat(keys.revoke(other, key.id(), T0)).isFalse();
        assertThat(keys.find(workspace, key.id()).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void revokingKeepsTheFirstRevocationTime() {
        ApiKey key = key("ci", T0, workspace);
        keys.add(key, ApiKeySecret.generate().hash());

        assertThat(keys.revoke(workspace, key.id(), T0.plusSeconds(5))).isTrue();
        assertThat(keys.revoke(workspace, key.id(), T0.plusSeconds(9))).isTrue();

        assertThat(keys.find(workspace, key.id()).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aUseIsRecordedUnlessARecentOneIs() {
        ApiKey key = key("ci", T0, workspace);
        keys.add(key, ApiKeySecret.generate().hash());

        keys.touch(key.id(), T0.plusSeconds(10), T0);
        keys.touch(key.id(), T0.plusSeconds(20), T0.plusSeconds(5));
        assertThat(keys.find(workspace, key.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(10));

        keys.touch(key.id(), T0.plusSeconds(90), T0.plusSeconds(30));
        assertThat(keys.find(workspace, key.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(90));
    }
}
