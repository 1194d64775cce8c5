package com.axolop.crm.adapter.rest.shared;

public record FieldError(String field, String message) {
}
