package com.axolop.crm.domain.opportunity;

/** Where a deal stands, in pipeline order; the last two close it. */
public enum OpportunityStage {
    PROSPECTING, QUALIFICATION, PROPOSAL, NEGOTIATION, CLOSED_WON, CLOSED_LOST;

    public boolean isClosed() {
        return this == CLOSED_WON || this == CLOSED_LOST;
    }
}
