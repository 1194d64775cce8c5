package com.axolop.crm.adapter.rest.campaign;

import com.axolop.crm.adapter.rest.ratelimit.RateLimitGate;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.application.adapterport.RateLimit;
import com.axolop.crm.application.campaign.TrackCampaignMailUseCase;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The public links of campaign mail, outside /api/v1 (so no credentials are asked): {@code GET /t/o/{token}} the
 * open pixel, {@code GET /t/c/{token}?l=n} a link (302 only to the URL stored for that token and position), and
 * {@code GET|POST /t/u/{token}} one-click unsubscribe (RFC 8058). Limited per client address; an unknown token, or
 * a link it does not have, is a plain 404.
 */
public final class TrackingHttpService implements HttpService {
    public static final String PATH = "/t";
    /** Generous for a person (every image and link of a mail), tight for a scanner guessing tokens. */
    public static final RateLimit PER_ADDRESS = new RateLimit("tracking", 300, Duration.ofMinutes(1));
    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final TrackCampaignMailUseCase tracking;
    private final RateLimitGate gate;

    public TrackingHttpService(TrackCampaignMailUseCase tracking, RateLimitGate gate) {
        this.tracking = Objects.requireNonNull(tracking);
        this.gate = Objects.requireNonNull(gate);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/o/{token}", limited(this::open))
                .get("/c/{token}", limited(this::click))
                .get("/u/{token}", limited(this::unsubscribe))
                .post("/u/{token}", limited(this::unsubscribe));
    }

    private Handler limited(Handler handler) {
        return (req, res) -> {
            gate.admit(gate.clientAddress(req), PER_ADDRESS);
            res.header(HeaderNames.CACHE_CONTROL, "no-store");
            handler.handle(req, res);
        };
    }

    private void open(ServerRequest req, ServerResponse res) {
        found(tracking.open(token(req)));
        res.header(HeaderNames.CONTENT_TYPE, "image/gif").send(PIXEL);
    }

    private void click(ServerRequest req, ServerResponse res) {
        Optional<String> url = position(req).flatMap(position -> tracking.click(token(req), position));
        res.status(Status.FOUND_302).header(HeaderNames.LOCATION, url.orElseThrow(TrackingHttpService::notFound))
                .send();
    }

    private void unsubscribe(ServerRequest req, ServerResponse res) {
        found(tracking.unsubscribe(token(req)));
        res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .send("You are unsubscribed and will get no more campaign mail from this sender.");
    }

    private static String token(ServerRequest req) {
        return req.path().pathParameters().get("token");
    }

    /** The link's position; anything but a small whole number finds no link. */
    private static Optional<Integer> position(ServerRequest req) {
        try {
            return req.query().first("l").asOptional().map(Integer::parseInt).filter(position -> position >= 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void found(boolean known) {
        if (!known) {
            throw notFound();
        }
    }

    private static ApiException notFound() {
        return new ApiException(Status.NOT_FOUND_404, "Not found");
    }
}
