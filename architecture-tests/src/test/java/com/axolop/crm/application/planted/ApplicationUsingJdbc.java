package com.axolop.crm.application.planted;

import java.sql.Connection;
import java.sql.SQLException;

/** Planted violation: JDBC inside a use case. */
public class ApplicationUsingJdbc {
    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
