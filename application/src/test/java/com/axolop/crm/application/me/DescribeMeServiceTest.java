package com.axolop.crm.application.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.apikey.ApiKey;
import com.axolop.crm.application.apikey.InMemoryApiKeys;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DescribeMeServiceTest {
    private static final Instant EXPIRES = Instant.parse("2026-05-01T13:00:00Z");

    private final AtomicInteger keyReads = new AtomicInteger();
    private final InMemoryApiKeys keys = new InMemoryApiKeys() {
        @Override
        public Optional<ApiKey> find(WorkspaceId workspace, UUID id) {
            keyReads.incrementAndGet();
            return super.find(workspace, id);
        }
    };
    private final DescribeMeService service = new DescribeMeService(new InMemoryCache(), keys);
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());

    @Test
    void aTokenCallerIsItsUserWorkspaceRoleEmailAndTokenExpiry() {
        var actor = new Actor(workspace, new UserId("u-1"), Role.MEMBER);

        Me me = service.describe(Identity.token(actor, "ana@example.com", EXPIRES));

        assertThat(me).isEqualTo(new Me("u-1", workspace.value(), Role.MEMBER, "ana@example.com", EXPIRES, null, null));
    }

    @Test
    void aKeyCallerIsNamedByItsKeyReadOnceThenFromTheUserDataCache() {
        var key = new ApiKey(UUID.randomUUID(), workspace, "ci", "axolop_abcdefgh", Role.VIEWER, new UserId("u-1"),
                EXPIRES, null, null, null);
        keys.add(key, "hash");

        Me first = service.describe(Identity.apiKey(key.actor(), key.id()));
        Me second = service.describe(Identity.apiKey(key.actor(), key.id()));

        assertThat(second).isEqualTo(first).isEqualTo(new Me("api-key:" + key.id(), workspace.value(), Role.VIEWER,
                null, null, "ci", "axolop_abcdefgh"));
        assertThat(keyReads).hasValue(1);
    }

    @Test
    void aTokenWithAnotherRoleOrEmailIsNeverServedAnotherTokensEntry() {
        var user = new UserId("u-1");
        service.describe(Identity.token(new Actor(workspace, user, Role.ADMIN), "old@example.com", EXPIRES));

        Me me = service.describe(Identity.token(new Actor(workspace, user, Role.VIEWER), "new@example.com",
                EXPIRES.plusSeconds(60)));

        assertThat(me.role()).isEqualTo(Role.VIEWER);
        assertThat(me.email()).isEqualTo("new@example.com");
        assertThat(me.tokenExpiresAt()).isEqualTo(EXPIRES.plusSeconds(60));
    }
}
