package com.axolop.crm.adapter.postgres.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;

/**
 * A statement whose parameters are numbered from an offset, so a repository's {@code bind} (which numbers a
 * record's columns from 1) fills one row of a multi-row insert: every {@code setXxx(index, value...)} is moved by
 * the offset, any other call goes through unchanged.
 */
final class ShiftedParameters {
    private ShiftedParameters() {
    }

    static PreparedStatement of(PreparedStatement statement, int offset) {
        return (PreparedStatement) Proxy.newProxyInstance(ShiftedParameters.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length > 1
                            && args[0] instanceof Integer index) {
                        args[0] = index + offset;
                    }
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
