package com.axolop.crm.adapter.rest.shared;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.Batches;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.Refusal;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The batch convention ({@code POST <resource>/batch}): {@code {"items": [...], "upsert": false}} with 1 to 100
 * items, each read like the resource's POST body. Invalid items are reported with their field errors and
 * skipped; the valid ones are written together. The answer lists every item's outcome in request order.
 */
public final class BatchRequests {
    private BatchRequests() {
    }

    public record Parsed<D>(List<BatchItem<D>> valid, Map<Integer, List<FieldViolation>> invalid, boolean upsert) {
    }

    public static <D> Parsed<D> read(ObjectNode body, Function<ObjectNode, D> details) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        List<ObjectNode> items = fields.objects("items");
        Boolean upsert = fields.bool("upsert");
        if (items == null && !errors.failed("items")) {
            errors.add("items", "is required");
        } else if (items != null && (items.isEmpty() || items.size() > Batches.MAX_ITEMS)) {
            errors.add("items", "must hold 1 to " + Batches.MAX_ITEMS + " items");
        }
        errors.throwIfAny();
        List<BatchItem<D>> valid = new ArrayList<>();
        Map<Integer, List<FieldViolation>> invalid = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                valid.add(new BatchItem<>(i, details.apply(items.get(i))));
            } catch (ApiException refused) {
                invalid.put(i, refused.errors());
            }
        }
        return new Parsed<>(valid, invalid, Boolean.TRUE.equals(upsert));
    }

    /** 200 with {@code results} in request order and a {@code summary} count per outcome. */
    public static <T> Reply reply(Parsed<?> parsed, List<BatchOutcome<T>> outcomes, Function<T, String> id,
                                  Function<T, Object> snapshot) {
        var results = new TreeMap<Integer, Map<String, Object>>();
        var counts = new EnumMap<BatchOutcome.Result, Integer>(BatchOutcome.Result.class);
        parsed.invalid().forEach((index, errors) -> {
            results.put(index, failure(index, errors, null));
            counts.merge(BatchOutcome.Result.FAILED, 1, Integer::sum);
        });
        for (BatchOutcome<T> outcome : outcomes) {
            counts.merge(outcome.result(), 1, Integer::sum);
            if (outcome.result() == BatchOutcome.Result.FAILED) {
                Refusal refusal = outcome.refusal();
                List<FieldViolation> errors = refusal instanceof InvalidFieldException invalid ? invalid.violations()
                        : List.of(new FieldViolation(null, refusal.getMessage()));
                String existingId = refusal instanceof ConflictException conflict ? conflict.existingId() : null;
                results.put(outcome.index(), failure(outcome.index(), errors, existingId));
            } else {
                var result = new LinkedHashMap<String, Object>();
                result.put("index", outcome.index());
                result.put("status", outcome.result().name().toLowerCase());
                result.put("id", id.apply(outcome.record()));
                result.put("data", snapshot.apply(outcome.record()));
                results.put(outcome.index(), result);
            }
        }
        var summary = new LinkedHashMap<String, Object>();
        summary.put("total", results.size());
        for (BatchOutcome.Result result : BatchOutcome.Result.values()) {
            summary.put(result.name().toLowerCase(), counts.getOrDefault(result, 0));
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("results", new ArrayList<>(results.values()));
        data.put("summary", summary);
        return Reply.data(Status.OK_200, data);
    }

    private static Map<String, Object> failure(int index, List<FieldViolation> errors, String existingId) {
        var result = new LinkedHashMap<String, Object>();
        result.put("index", index);
        result.put("status", "failed");
        result.put("errors", errors);
        if (existingId != null) {
            result.put("existingId", existingId);
        }
        return result;
    }
}
