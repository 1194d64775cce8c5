package com.axolop.crm.domain.lead;

import com.axolop.crm.domain.shared.Text;

public record LeadName(String value) {
    public static final int MAX_LENGTH = 200;

    public LeadName {
        value = Text.required(value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
