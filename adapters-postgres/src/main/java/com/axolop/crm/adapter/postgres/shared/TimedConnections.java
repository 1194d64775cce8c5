package com.axolop.crm.adapter.postgres.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The narrowest place every statement passes: the physical connection under the pool. Its statements report each
 * execute call (with the SQL it runs) to a {@link QueryTimer}; everything else goes straight through.
 */
final class TimedConnections {
    private TimedConnections() {
    }

    static Connection timed(Connection connection, QueryTimer timer) {
        return (Connection) proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement) {
                // A prepared statement's SQL is known now; a plain one's comes with each execute call.
                String sql = method.getName().startsWith("prepare") ? (String) args[0] : null;
                return timedStatement(statement, sql, timer);
            }
            return result;
        });
    }

    private static Statement timedStatement(Statement statement, String preparedSql, QueryTimer timer) {
        Class<? extends Statement> type = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, statement, (target, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return invoke(target, method, args);
            }
            long start = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                String sql = preparedSql != null ? preparedSql
                        : args != null && args.length > 0 && args[0] instanceof String text ? text : "batch";
                timer.record(sql, System.nanoTime() - start);
            }
        });
    }

    private interface Call {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object proxy(Class<?> type, Object target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            // Hikari asks the connection whether it wraps a driver class: the answer is the driver's.
            case "unwrap", "isWrapperFor" -> invoke(target, method, args);
            default -> call.handle(target, method, args);
        };
        return Proxy.newProxyInstance(TimedConnections.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
