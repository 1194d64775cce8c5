package com.axolop.crm.adapter.rest.workflow;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.workflow.ExecutionStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** The record an execution runs on: {@code record_type} and {@code record_id}, or the contract's {@code lead_id}. */
record ExecutionRequest(String recordType, UUID recordId) {
    static ExecutionRequest read(ObjectNode body) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        String leadId = fields.text("lead_id");
        String recordType = fields.text("record_type");
        String recordId = fields.text("record_id");
        if (leadId != null) {
            recordType = recordType == null ? "lead" : recordType;
            recordId = recordId == null ? leadId : recordId;
        }
        String type = recordType;
        if (type == null) {
            errors.add("record_type", "is required: lead, contact or opportunity (or send lead_id)");
        }
        String id = recordId;
        UUID validId = id == null ? null : errors.check("record_id", () -> Uuids.parse(id));
        if (id == null) {
            errors.add("record_id", "is required");
        }
        errors.throwIfAny();
        return new ExecutionRequest(type, validId);
    }

    static ExecutionStatus status(String value) {
        return Arrays.stream(ExecutionStatus.values()).filter(status -> status.apiName().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + Arrays.stream(
                        ExecutionStatus.values()).map(ExecutionStatus::apiName).collect(Collectors.joining(", "))));
    }
}
