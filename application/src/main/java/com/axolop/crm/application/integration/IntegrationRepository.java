package com.axolop.crm.application.integration;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.integration.Integration;

/** Integrations; a store keeps their credentials encrypted (see {@code SecretCipher}). */
public interface IntegrationRepository extends RecordRepository<Integration, IntegrationFilter, IntegrationSortField> {
}
