package com.axolop.crm.domain.campaign;

import java.util.Locale;

/**
 * Where a campaign is: a draft until sent, scheduled until its time, sending until every recipient is done; or
 * cancelled before it was sent, for good.
 */
public enum CampaignStatus {
    DRAFT, SCHEDULED, SENDING, SENT, CANCELLED;

    /** A campaign whose mail is going or gone keeps the content its recipients got; a cancelled one stays as it was. */
    public boolean isLocked() {
        return this == SENDING || this == SENT || this == CANCELLED;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignStatus parse(String value) {
        for (CampaignStatus status : values()) {
            if (status.apiName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("must be one of draft, scheduled, sending, sent, cancelled");
    }
}
