package com.axolop.crm.adapter.postgres.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.lead.LeadFilter;
import com.axolop.crm.application.lead.LeadSortField;
import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.search.SearchMatch;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresSearchIndexTest {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());

    @Test
    void ranksAndCountsAtMostTenThousandMatchesOfEachType() throws SQLException {
        insert("""
                insert into leads (id, workspace_id, name, status, currency, created_by, created_at, updated_at, version)
                select gen_random_uuid(), ?, 'Acme ' || g, 'NEW', 'USD', 'u', now(), now(), 1
                from generate_series(1, 10050) g""");
        insert("""
                insert into contacts (id, workspace_id, first_name, created_by, created_at, updated_at, version)
                select gen_random_uuid(), ?, 'Acme ' || g, 'u', now(), now(), 1 from generate_series(1, 3) g""");
        SearchText acme = new SearchText("acme");

        Page<SearchMatch> search = new PostgresSearchIndex(db, Set.of("leads", "contacts"))
                .search(workspace, acme, List.of("leads", "contacts"), new PageRequest(1, 20));
        Page<Lead> list = new PostgresLeadRepository(db).list(workspace, new ListQuery<>(
                new LeadFilter(null, null, DateRange.ALL, acme), Sort.<LeadSortField>relevance(), new PageRequest(1, 20)));

        assertThat(search.total()).isEqualTo(10_003);
        assertThat(search.items()).hasSize(20);
        assertThat(list.total()).isEqualTo(10_000);
        assertThat(list.items()).hasSize(20);
    }

    private void insert(String sql) throws SQLException {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, workspace.value());
            insert.executeUpdate();
        }
    }
}
