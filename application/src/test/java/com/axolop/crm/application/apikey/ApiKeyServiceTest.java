package com.axolop.crm.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final ApiKeyService service = new ApiKeyService(keys, new DirectTransactionRunner(), clock);
    private final String workspace = "ws-" + UUID.randomUUID();
    private final Actor admin = new Actor(new WorkspaceId(workspace), new UserId("admin-1"), Role.ADMIN);

    private NewApiKey create(Role role) {
        return service.create(admin, new CreateApiKeyCommand("ci", role, null));
    }

    @Test
    void aCreatedKeyActsInItsWorkspaceWithItsRoleAsAUserOfItsOwn() {
        NewApiKey created = create(Role.VIEWER);

        ApiKey key = service.authenticate(created.secret().value()).orElseThrow();

        assertThat(key.actor()).isEqualTo(new Actor(new WorkspaceId(workspace),
                new UserId("api-key:" + created.key().id()), Role.VIEWER));
        assertThat(key.createdBy()).isEqualTo(new UserId("admin-1"));
        assertThat(key.prefix()).isEqualTo(created.secret().visiblePrefix());
    }

    @Test
    void onlyAdminsManageKeys() {
        Actor member = TestActors.member(workspace);

        assertThatThrownBy(() -> service.create(member, new CreateApiKeyCommand("ci", Role.VIEWER, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.list(member)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.revoke(member, create(Role.VIEWER).key().id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anExpiryInThePastIsRefused() {
        assertThatThrownBy(() -> service.create(admin, new CreateApiKeyCommand("ci", Role.MEMBER, clock.instant())))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void anUnknownOrMalformedKeyAuthenticatesNobody() {
        create(Role.ADMIN);

        assertThat(service.authenticate("axolop_" + "x".repeat(43))).isEmpty();
        assertThat(service.authenticate("axolop_short")).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();
    }

    @Test
    void anExpiredKeyAuthenticatesNobody() {
        NewApiKey created = service.create(admin, new CreateApiKeyCommand("ci", Role.MEMBER,
                clock.instant().plus(Duration.ofHours(1))));
        assertThat(service.authenticate(created.secret().value())).isPresent();

        clock.advance(Duration.ofHours(1));

        assertThat(service.authenticate(created.secret().value())).isEmpty();
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceByTheInstanceThatRevokedIt() {
        NewApiKey created = create(Role.MEMBER);
        assertThat(service.authenticate(created.secret().value())).isPresent();

        service.revoke(admin, created.key().id());

        assertThat(service.authenticate(created.secret().value())).isEmpty();
        assertThat(keys.list(new WorkspaceId(workspace)).getFirst().revokedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aKeyRevokedOnAnotherInstanceIsRefusedWithinTheRevocationBound() {
        var otherInstance = new ApiKeyService(keys, new DirectTransactionRunner(), clock);
        NewApiKey created = create(Role.MEMBER);
        assertThat(service.authenticate(created.secret().value())).isPresent();

        otherInstance.revoke(admin, created.key().id());
        clock.advance(ApiKeyService.REVOCATION_BOUND);

        assertThat(ApiKeyService.REVOCATION_BOUND).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(service.authenticate(created.secret().value())).isEmpty();
    }

    @Test
    void anotherWorkspacesKeyIsNotFound() {
        NewApiKey created = create(Role.MEMBER);
        var stranger = new Actor(new WorkspaceId("ws-" + UUID.randomUUID()), new UserId("admin-2"), Role.ADMIN);

        assertThatThrownBy(() -> service.revoke(stranger, created.key().id())).isInstanceOf(NotFoundException.class);
        assertThat(service.list(stranger)).isEmpty();
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        NewApiKey created = create(Role.MEMBER);

        for (int second = 0; second < 120; second++) {
            service.authenticate(created.secret().value());
            clock.advance(Duration.ofMillis(500));
        }

        assertThat(keys.touches()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        service.authenticate(created.secret().value());
        assertThat(keys.touches()).isEqualTo(2);
        assertThat(keys.list(new WorkspaceId(workspace)).getFirst().lastUsedAt()).isEqualTo(clock.instant());
    }
}
