package com.axolop.crm.adapter.rest;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.UUID;

/**
 * Base of the routing tests: the real routes and filters ({@link RestApi#routing}) over the shared
 * {@link FakeBackend}, called through Helidon's DirectClient (no socket). Each test instance works in a
 * workspace of its own, so tests do not see each other's records.
 */
@RoutingTest
public abstract class RoutesTest {
    protected static final FakeBackend BACKEND = FakeBackend.shared();

    protected final String workspace = "ws-" + UUID.randomUUID();
    /** A member of {@link #workspace}. */
    protected final TestApi api;
    /** No token at all. */
    protected final TestApi anonymous;

    protected RoutesTest(DirectClient client) {
        this.anonymous = new TestApi(client, null);
        this.api = anonymous.as(BACKEND.token(workspace, "member"));
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        BACKEND.routing(routing);
    }

    /** A user of {@link #workspace} with {@code role} (admin, member, viewer, or anything else). */
    public TestApi withRole(String role) {
        return anonymous.as(BACKEND.token(workspace, role));
    }

    /** A member of a workspace of its own. */
    public TestApi stranger() {
        return anonymous.as(BACKEND.token("ws-" + UUID.randomUUID(), "member"));
    }
}
