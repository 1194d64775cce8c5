package com.axolop.crm.adapter.postgres.shared;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading result rows into lists. */
public final class Rows {
    private Rows() {
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface Reader<R> {
        R read(ResultSet row) throws SQLException;
    }

    /** The rows of {@code selectFrom} ("select ... from table") in the workspace whose id is among {@code ids}. */
    public static <R> List<R> withIds(Connection connection, String selectFrom, WorkspaceId workspace, List<UUID> ids,
                                      Reader<R> reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                selectFrom + " where workspace_id = ? and id = any(?)")) {
            select.setString(1, workspace.value());
            select.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            return all(select, reader);
        }
    }

    /** Every row the statement selects. */
    public static <R> List<R> all(PreparedStatement select, Reader<R> reader) throws SQLException {
        List<R> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(reader.read(result));
            }
        }
        return rows;
    }
}
