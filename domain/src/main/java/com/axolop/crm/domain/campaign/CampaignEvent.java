package com.axolop.crm.domain.campaign;

import com.axolop.crm.domain.shared.RecordEvent;
import java.time.Instant;
import java.util.UUID;

/** What happened to a campaign. A status change is an update; the last recipient done is {@link Sent}. */
public sealed interface CampaignEvent extends RecordEvent<Campaign> {
    record Created(UUID id, Instant occurredAt, Campaign record) implements CampaignEvent {
        public String type() {
            return "campaign.created";
        }
    }

    record Updated(UUID id, Instant occurredAt, Campaign previous, Campaign record)
            implements CampaignEvent, RecordEvent.Update<Campaign> {
        public String type() {
            return "campaign.updated";
        }
    }

    record Deleted(UUID id, Instant occurredAt, Campaign record) implements CampaignEvent {
        public String type() {
            return "campaign.deleted";
        }
    }

    record Sent(UUID id, Instant occurredAt, Campaign record) implements CampaignEvent {
        public String type() {
            return "campaign.sent";
        }
    }
}
