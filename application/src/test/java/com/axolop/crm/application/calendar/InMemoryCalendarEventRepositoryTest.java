package com.axolop.crm.application.calendar;

class InMemoryCalendarEventRepositoryTest extends CalendarEventRepositoryContract {
    @Override
    protected CalendarEventRepository createCalendarEventRepository() {
        return new InMemoryCalendarEventRepository();
    }
}
