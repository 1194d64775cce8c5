package com.axolop.crm.adapter.rest.analytics;

import com.axolop.crm.adapter.rest.auth.AuthenticationFilter;
import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.Responses;
import com.axolop.crm.application.analytics.ReportAnalyticsUseCase;
import com.axolop.crm.application.analytics.ReportQuery;
import com.axolop.crm.domain.analytics.PeriodUnit;
import com.axolop.crm.domain.analytics.ReportPeriod;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/analytics/dashboard|funnel|revenue}: reports of the caller's workspace (any role). A report
 * covers {@code period} (the calendar day, week, month, quarter or year that contains now) or the days
 * {@code startDate}..{@code endDate} (both included), in the zone {@code tz} (default UTC); {@code owner} keeps
 * one user's records. Every bad parameter is named in one 400.
 */
public class AnalyticsHttpService implements HttpService {
    public static final String PATH = "/api/v1/analytics";
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Set<PeriodUnit> INTERVALS = EnumSet.of(PeriodUnit.DAY, PeriodUnit.WEEK, PeriodUnit.MONTH);

    private final ReportAnalyticsUseCase reports;
    private final Clock clock;

    public AnalyticsHttpService(ReportAnalyticsUseCase reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/dashboard", this::dashboard)
                .get("/funnel", this::funnel)
                .get("/revenue", this::revenue)
                .any("/dashboard", Responses.methodNotAllowed("GET"))
                .any("/funnel", Responses.methodNotAllowed("GET"))
                .any("/revenue", Responses.methodNotAllowed("GET"));
    }

    private void dashboard(ServerRequest req, ServerResponse res) {
        Request request = parse(req, PeriodUnit.WEEK, false);
        Responses.data(res, Status.OK_200, reports.dashboard(AuthenticationFilter.actor(req), request.query()));
    }

    private void funnel(ServerRequest req, ServerResponse res) {
        Request request = parse(req, PeriodUnit.MONTH, false);
        Responses.data(res, Status.OK_200, reports.funnel(AuthenticationFilter.actor(req), request.query()));
    }

    private void revenue(ServerRequest req, ServerResponse res) {
        Request request = parse(req, PeriodUnit.MONTH, true);
        Responses.data(res, Status.OK_200,
                reports.revenue(AuthenticationFilter.actor(req), request.query(), request.interval()));
    }

    private record Request(ReportQuery query, PeriodUnit interval) {
    }

    private Request parse(ServerRequest req, PeriodUnit defaultPeriod, boolean withInterval) {
        var errors = new FieldErrors();
        var params = new QueryParams(req.query(), errors);
        ZoneId zone = params.parsed("tz", AnalyticsHttpService::zone);
        var owner = params.user("owner");
        ReportPeriod period = period(params, errors, defaultPeriod, zone == null ? UTC : zone);
        PeriodUnit interval = withInterval ? params.parsed("interval", value -> unit(value, INTERVALS)) : null;
        errors.throwIfAny();
        return new Request(new ReportQuery(period, owner),
                withInterval && interval == null ? PeriodUnit.DAY : interval);
    }

    private ReportPeriod period(QueryParams params, FieldErrors errors, PeriodUnit defaultPeriod, ZoneId zone) {
        PeriodUnit unit = params.parsed("period", value -> unit(value, EnumSet.allOf(PeriodUnit.class)));
        LocalDate start = params.date("startDate");
        LocalDate end = params.date("endDate");
        boolean custom = params.text("startDate") != null || params.text("endDate") != null;
        if (custom && params.text("period") != null && !errors.failed("period")) {
            errors.add("period", "does not combine with startDate and endDate: give one or the other");
            return null;
        }
        if (!custom) {
            return errors.failed("period") ? null
                    : ReportPeriod.current(unit == null ? defaultPeriod : unit, clock.instant(), zone);
        }
        if (params.text("startDate") == null || params.text("endDate") == null) {
            errors.add(params.text("startDate") == null ? "startDate" : "endDate", "is required with "
                    + (params.text("startDate") == null ? "endDate" : "startDate"));
            return null;
        }
        return start == null || end == null ? null : errors.check("endDate", () -> ReportPeriod.between(start, end, zone));
    }

    private static PeriodUnit unit(String value, Set<PeriodUnit> allowed) {
        for (PeriodUnit unit : allowed) {
            if (unit.name().toLowerCase().equals(value)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("must be one of " + allowed.stream().map(unit -> unit.name().toLowerCase())
                .collect(Collectors.joining(", ")));
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("must be an IANA time zone such as Europe/Berlin");
        }
    }
}
