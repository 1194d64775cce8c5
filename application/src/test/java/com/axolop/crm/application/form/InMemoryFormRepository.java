package com.axolop.crm.application.form;

import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.shared.Id;
import java.util.Comparator;
import java.util.Optional;

/** Test fake of {@link FormRepository}. */
public class InMemoryFormRepository extends InMemoryRecordRepository<Form, FormFilter, FormSortField>
        implements FormRepository {
    public InMemoryFormRepository() {
        super((form, filter) -> (filter.active() == null || filter.active() == form.details().active())
                        && within(form.revision().createdAt(), filter.created()),
                InMemoryFormRepository::order);
    }

    @Override
    public Optional<Form> findActive(Id<Form> id) {
        return all().stream().filter(form -> form.id().equals(id) && form.details().active()).findFirst();
    }

    private static Comparator<Form> order(FormSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(form -> form.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(form -> form.revision().updatedAt());
            case NAME -> Comparator.comparing(form -> form.details().name());
        };
    }
}
