package com.axolop.crm.adapter.postgres.form;

import com.axolop.crm.adapter.postgres.shared.Columns;
import com.axolop.crm.adapter.postgres.shared.Json;
import com.axolop.crm.adapter.postgres.shared.PostgresRecordRepository;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.Where;
import com.axolop.crm.application.form.FormFilter;
import com.axolop.crm.application.form.FormRepository;
import com.axolop.crm.application.form.FormSortField;
import com.axolop.crm.domain.form.Form;
import com.axolop.crm.domain.form.FormDetails;
import com.axolop.crm.domain.form.FormField;
import com.axolop.crm.domain.form.FormFieldType;
import com.axolop.crm.domain.form.LeadField;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Forms; their fields and mapping are stored as JSON, written and read only here. */
public class PostgresFormRepository extends PostgresRecordRepository<Form, FormFilter, FormSortField>
        implements FormRepository {
    private static final List<String> COLUMNS = Stream.concat(Stream.of("id", "workspace_id", "name", "description",
            "fields::json", "mapping::json", "active", "honeypot_field"), Columns.REVISION.stream()).toList();

    public PostgresFormRepository(PostgresTransactionRunner db) {
        super(db, "forms", COLUMNS);
    }

    @Override
    public Optional<Form> findActive(Id<Form> id) {
        return findOne(" where id = ? and active", id.value());
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Form read(ResultSet row) throws SQLException {
        List<FormField> fields = Json.readObjects(row.getString(5)).stream().map(field -> new FormField(
                (String) field.get("name"), (String) field.get("label"), FormFieldType.parse((String) field.get("type")),
                (Boolean) field.get("required"), (List<String>) field.get("options"))).toList();
        var mapping = new LinkedHashMap<String, LeadField>();
        Json.readObject(row.getString(6)).forEach((field, target) -> mapping.put(field, LeadField.parse((String) target)));
        var details = new FormDetails(row.getString(3), row.getString(4), fields, mapping, row.getBoolean(7),
                row.getString(8));
        return new Form(Columns.id(row, 1), new WorkspaceId(row.getString(2)), details, Columns.revision(row, 9));
    }

    @Override
    protected int bind(PreparedStatement statement, Form form, Connection connection) throws SQLException {
        FormDetails d = form.details();
        Columns.bindId(statement, 1, form.id());
        statement.setString(2, form.workspaceId().value());
        statement.setString(3, d.name());
        statement.setString(4, d.description());
        statement.setString(5, Json.write(d.fields().stream().map(field -> Map.of("name", field.name(),
                "label", field.label(), "type", field.type().apiName(), "required", field.required(),
                "options", field.options())).toList()));
        var mapping = new LinkedHashMap<String, String>();
        d.mapping().forEach((field, target) -> mapping.put(field, target.apiName()));
        statement.setString(6, Json.write(mapping));
        statement.setBoolean(7, d.active());
        statement.setString(8, d.honeypotField());
        return Columns.bindRevision(statement, 9, form.revision());
    }

    @Override
    protected Where where(WorkspaceId workspace, FormFilter filter) {
        return Where.workspace(workspace).equal("active", filter.active()).within("created_at", filter.created());
    }
}
