package com.axolop.crm.application.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.campaign.Audience;
import com.axolop.crm.domain.campaign.Campaign;
import com.axolop.crm.domain.campaign.CampaignDetails;
import com.axolop.crm.domain.campaign.CampaignStatus;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link CampaignRepository} does besides the generic record behaviour: its audiences and filters. */
public abstract class CampaignRepositoryContract
        extends RecordRepositoryContract<Campaign, CampaignFilter, CampaignSortField> {
    private static final UserId CREATOR = new UserId("creator");

    protected abstract CampaignRepository createCampaignRepository();

    @Override
    protected final RecordRepository<Campaign, CampaignFilter, CampaignSortField> createRepository() {
        return createCampaignRepository();
    }

    private static CampaignDetails details(String name, Audience audience) {
        return new CampaignDetails(name, null, "basic", CustomFields.EMPTY, null, null, audience, null);
    }

    private static Campaign campaign(Id<Campaign> id, WorkspaceId workspace, String name, CampaignStatus status,
                                     Instant at) {
        return new Campaign(id, workspace, details(name, new Audience.Leads(null, null, null, List.of(), null)), status,
                Revision.first(CREATOR, at));
    }

    @Override
    protected Campaign newRecord(Id<Campaign> id, WorkspaceId workspace) {
        return campaign(id, workspace, "Spring", CampaignStatus.DRAFT, T0);
    }

    @Override
    protected Campaign nextVersion(Campaign campaign) {
        var details = new CampaignDetails("Spring (new)", "News", "welcome", new CustomFields("{\"a\":1}"),
                "Acme", new EmailAddress("team@acme.test"),
                new Audience.Contacts(UUID.randomUUID(), "owner-1", "acme", List.of(UUID.randomUUID()),
                        new Tags(List.of("vip"))),
                T0.plusSeconds(3600));
        return new Campaign(campaign.id(), campaign.workspaceId(), details, CampaignStatus.SCHEDULED,
                campaign.revision().next(campaign.revision().updatedAt().plusSeconds(60)));
    }

    @Override
    protected CampaignFilter everything() {
        return new CampaignFilter(null, DateRange.ALL);
    }

    @Override
    protected Class<CampaignSortField> sortFields() {
        return CampaignSortField.class;
    }

    @Override
    protected Set<CampaignSortField> optionalSortFields() {
        return Set.of();
    }

    @Override
    protected Campaign ranked(Id<Campaign> id, WorkspaceId workspace, CampaignSortField field, Integer rank) {
        return switch (field) {
            case CREATED_AT -> campaign(id, workspace, "c", CampaignStatus.DRAFT, T0.plusSeconds(rank));
            case UPDATED_AT -> new Campaign(id, workspace, details("c", new Audience.Leads(null, null, null,
                    List.of(), null)), CampaignStatus.DRAFT, new Revision(CREATOR, T0, T0.plusSeconds(rank), 1));
            case NAME -> campaign(id, workspace, "rank" + (char) ('a' + rank), CampaignStatus.DRAFT, T0);
        };
    }

    @Test
    void keepsALeadAudiencesFiltersAndTags() {
        var audience = new Audience.Leads(LeadStatus.QUALIFIED, LeadType.PARTNER, "acme", List.of(),
                new Tags(List.of("vip", "eu")));
        Campaign stored = stored(new Campaign(Id.newId(), workspace, details("x", audience), CampaignStatus.DRAFT,
                Revision.first(CREATOR, T0)));

        assertThat(listed(everything())).containsExactly(stored);
    }

    @Test
    void filtersByStatus() {
        stored(campaign(Id.newId(), workspace, "draft", CampaignStatus.DRAFT, T0));
        Campaign sent = stored(campaign(Id.newId(), workspace, "sent", CampaignStatus.SENT, T0));

        assertThat(listed(new CampaignFilter(CampaignStatus.SENT, DateRange.ALL))).containsExactly(sent);
    }
}
