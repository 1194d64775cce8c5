package com.axolop.crm.application.campaign;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.campaign.Campaign;

public interface CampaignRepository extends RecordRepository<Campaign, CampaignFilter, CampaignSortField> {
}
