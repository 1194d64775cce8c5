package com.axolop.crm.application.form;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.shared.Id;
import java.util.Optional;

public interface FormRepository extends RecordRepository<Form, FormFilter, FormSortField> {
    /** For the public submit endpoint, which has no workspace: the form with that id, if it is active. */
    Optional<Form> findActive(Id<Form> id);
}
