package com.axolop.crm.adapter.postgres.calendar;

import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.calendar.CalendarEventRepository;
import com.axolop.crm.application.calendar.CalendarEventRepositoryContract;

class PostgresCalendarEventRepositoryTest extends CalendarEventRepositoryContract {
    @Override
    protected CalendarEventRepository createCalendarEventRepository() {
        return new PostgresCalendarEventRepository(new PostgresTransactionRunner(TestDatabase.get().dataSource()));
    }
}
