package com.axolop.crm.application.lead;

import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.refusal.InvalidFieldException;

/**
 * CONVERTED means "has a contact made from it": only the conversion sets it, and nothing unsets it, so a lead
 * converts once and its status cannot claim a conversion that did not happen.
 */
final class LeadConversionRule {
    private LeadConversionRule() {
    }

    static void refuseSettingConverted(LeadDetails details) {
        if (details.status() == LeadStatus.CONVERTED) {
            throw new InvalidFieldException("status", "becomes CONVERTED only by converting the lead "
                    + "(POST /api/v1/leads/{id}/convert)");
        }
    }

    static void checkStatusChange(LeadDetails current, LeadDetails next) {
        if (current.status() == LeadStatus.CONVERTED && next.status() != LeadStatus.CONVERTED) {
            throw new InvalidFieldException("status", "stays CONVERTED once the lead is converted");
        }
        if (current.status() != LeadStatus.CONVERTED) {
            refuseSettingConverted(next);
        }
    }
}
