package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads and binds the column types every record table shares. */
public final class Columns {
    private static final String TAG_SEPARATOR = String.valueOf((char) 31);

    private Columns() {
    }

    public static <T> Id<T> id(ResultSet row, int column) throws SQLException {
        UUID value = row.getObject(column, UUID.class);
        return value == null ? null : new Id<>(value);
    }

    public static void bindId(PreparedStatement statement, int index, Id<?> id) throws SQLException {
        statement.setObject(index, id == null ? null : id.value());
    }

    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    public static List<String> texts(ResultSet row, int column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Tags selected as {@code array_to_string(tags, chr(31))}: tags cannot contain control characters. */
    public static Tags tags(ResultSet row, int column) throws SQLException {
        String joined = row.getString(column);
        return joined.isEmpty() ? Tags.NONE : new Tags(Arrays.asList(joined.split(TAG_SEPARATOR)));
    }

    public static void bindTexts(PreparedStatement statement, int index, List<String> values, Connection connection)
            throws SQLException {
        statement.setArray(index, connection.createArrayOf("text", values.toArray()));
    }

    /** The last four columns of every record table: created_by, created_at, updated_at, version. */
    public static Revision revision(ResultSet row, int first) throws SQLException {
        return new Revision(new UserId(row.getString(first)), instant(row, first + 1), instant(row, first + 2),
                row.getLong(first + 3));
    }

    /** Binds the four revision columns from {@code first}; returns the next free index. */
    public static int bindRevision(PreparedStatement statement, int first, Revision revision) throws SQLException {
        statement.setString(first, revision.createdBy().value());
        bindInstant(statement, first + 1, revision.createdAt());
        bindInstant(statement, first + 2, revision.updatedAt());
        statement.setLong(first + 3, revision.version());
        return first + 4;
    }

    public static final List<String> REVISION = List.of("created_by", "created_at", "updated_at", "version");
}
