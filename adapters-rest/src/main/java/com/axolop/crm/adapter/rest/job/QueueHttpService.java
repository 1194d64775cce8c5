package com.axolop.crm.adapter.rest.job;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.ApiException;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.Reply;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.job.Job;
import com.axolop.crm.application.job.JobState;
import com.axolop.crm.application.job.ManageQueuesUseCase;
import com.axolop.crm.application.job.QueueName;
import com.axolop.crm.application.job.QueueStats;
import com.axolop.crm.application.shared.PageRequest;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code /api/v1/queues}: the job queues for admins (the contract's getQueueStats, pause, resume, clean). */
public final class QueueHttpService implements HttpService {
    public static final String PATH = "/api/v1/queues";
    private static final String STATES = Arrays.stream(JobState.values()).map(JobState::apiName)
            .collect(Collectors.joining(", "));

    private final ManageQueuesUseCase queues;

    public QueueHttpService(ManageQueuesUseCase queues) {
        this.queues = Objects.requireNonNull(queues);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .any("/", Responses.methodNotAllowed("GET"))
                .post("/{name}/pause", Reply.handler(req -> stats(queues.pause(AuthenticationFilter.actor(req),
                        queue(req)))))
                .any("/{name}/pause", Responses.methodNotAllowed("POST"))
                .post("/{name}/resume", Reply.handler(req -> stats(queues.resume(AuthenticationFilter.actor(req),
                        queue(req)))))
                .any("/{name}/resume", Responses.methodNotAllowed("POST"))
                .post("/{name}/clean", Reply.handler(this::clean))
                .any("/{name}/clean", Responses.methodNotAllowed("POST"))
                .get("/{name}/jobs", this::jobs)
                .any("/{name}/jobs", Responses.methodNotAllowed("GET"))
                .post("/{name}/jobs/{id}/retry", Reply.handler(this::retry))
                .any("/{name}/jobs/{id}/retry", Responses.methodNotAllowed("POST"))
                .get("/{name}", (req, res) -> Responses.data(res, Status.OK_200,
                        body(queues.queue(AuthenticationFilter.actor(req), queue(req)))))
                .any("/{name}", Responses.methodNotAllowed("GET"));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.data(res, Status.OK_200, queues.queues(AuthenticationFilter.actor(req)).stream()
                .map(QueueHttpService::body).toList());
    }

    /** {@code grace} (ms, default 0) and {@code state} (completed, the default, or failed). */
    private Reply clean(ServerRequest req) {
        QueueName queue = queue(req);
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        String grace = params.text("grace");
        Long graceMillis = grace == null ? Long.valueOf(0) : errors.check("grace", () -> milliseconds(grace));
        JobState state = params.text("state") == null ? JobState.COMPLETED : state(params, errors);
        if (state != null && state != JobState.COMPLETED && state != JobState.FAILED) {
            errors.add("state", "must be completed or failed");
        }
        errors.throwIfAny();
        long removed = queues.clean(AuthenticationFilter.actor(req), queue, state, Duration.ofMillis(graceMillis));
        return Reply.data(Status.OK_200, Map.of("queue", queue.apiName(), "state", state.apiName(),
                "removed", removed));
    }

    private void jobs(ServerRequest req, ServerResponse res) {
        QueueName queue = queue(req);
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        JobState state = params.text("state") == null ? null : state(params, errors);
        PageRequest page = params.page();
        errors.throwIfAny();
        Responses.page(res, queues.jobs(AuthenticationFilter.actor(req), queue, state, page), QueueHttpService::body);
    }

    private Reply retry(ServerRequest req) {
        QueueName queue = queue(req);
        UUID id;
        try {
            id = UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(Status.NOT_FOUND_404, "Job not found");
        }
        return Reply.data(Status.OK_200, body(queues.retry(AuthenticationFilter.actor(req), queue, id)));
    }

    private static QueueName queue(ServerRequest req) {
        String name = req.path().pathParameters().get("name");
        return QueueName.fromApiName(name)
                .orElseThrow(() -> new ApiException(Status.NOT_FOUND_404, "Queue not found"));
    }

    private static JobState state(QueryParams params, FieldErrors errors) {
        String value = params.text("state");
        return errors.check("state", () -> Arrays.stream(JobState.values())
                .filter(state -> state.apiName().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + STATES)));
    }

    private static long milliseconds(String value) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("must be a number of milliseconds, at least 0");
    }

    private static Reply stats(QueueStats stats) {
        return Reply.data(Status.OK_200, body(stats));
    }

    private static Map<String, Object> body(QueueStats stats) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", stats.queue().apiName());
        body.put("waiting", stats.waiting());
        body.put("active", stats.active());
        body.put("completed", stats.completed());
        body.put("failed", stats.failed());
        body.put("delayed", stats.delayed());
        body.put("paused", stats.paused());
        return body;
    }

    private static Map<String, Object> body(Job job) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", job.id().toString());
        body.put("queue", job.queue().apiName());
        body.put("type", job.type());
        body.put("state", job.state().apiName());
        body.put("priority", job.priority());
        body.put("attempts", job.attempts());
        body.put("max_attempts", job.maxAttempts());
        body.put("payload", job.payload());
        body.put("run_at", text(job.runAt()));
        body.put("created_at", text(job.createdAt()));
        body.put("started_at", text(job.startedAt()));
        body.put("finished_at", text(job.finishedAt()));
        body.put("last_error", job.lastError());
        return body;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
