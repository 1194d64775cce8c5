package com.axolop.crm.application.campaign;

import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.campaign.Campaign;
import java.util.Comparator;

/** Test fake of {@link CampaignRepository}. */
public class InMemoryCampaignRepository extends InMemoryRecordRepository<Campaign, CampaignFilter, CampaignSortField>
        implements CampaignRepository {
    public InMemoryCampaignRepository() {
        super((campaign, filter) -> (filter.status() == null || filter.status() == campaign.status())
                        && within(campaign.revision().createdAt(), filter.created()),
                InMemoryCampaignRepository::order);
    }

    private static Comparator<Campaign> order(CampaignSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(campaign -> campaign.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(campaign -> campaign.revision().updatedAt());
            case NAME -> Comparator.comparing(campaign -> campaign.details().name());
        };
    }
}
