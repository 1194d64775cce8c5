package com.axolop.crm.planted;

import com.axolop.crm.adapter.postgres.shared.PostgresDatabase;

/** Planted violation: code outside bootstrap naming a concrete adapter. */
public class ToolUsingAdapter {
    public Class<?> database() {
        return PostgresDatabase.class;
    }
}
