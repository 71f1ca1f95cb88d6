package io.schemadoc.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a real connection to see what the reader does with it: every statement it executes is recorded, and when
 * the first catalog query runs, a probe looks at the transaction from inside (read only? isolation? timeout?) and
 * tries a write in a savepoint, which must fail.
 */
final class RecordingConnection {
    final List<String> executed = new ArrayList<>();
    String readOnly;
    String isolation;
    String statementTimeout;
    String lockTimeout;
    String writeError;
    private final Connection real;
    private boolean probed;

    RecordingConnection(Connection real) {
        this.real = real;
    }

    Connection proxy() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
            Object result = invoke(real, m, args);
            if (m.getName().equals("prepareStatement")) {
                return wrap(PreparedStatement.class, result, (String) args[0]);
            }
            if (m.getName().equals("createStatement")) {
                return wrap(Statement.class, result, null);
            }
            return result;
        });
    }

    private Object wrap(Class<?> type, Object statement, String preparedSql) {
        InvocationHandler h = (p, m, args) -> {
            if (m.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                if (preparedSql != null && !probed) {
                    probed = true;
                    probe();
                }
                executed.add(sql);
            }
            return invoke(statement, m, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
    }

    private void probe() throws SQLException {
        try (Statement s = real.createStatement()) {
            readOnly = show(s, "transaction_read_only");
            isolation = show(s, "transaction_isolation");
            statementTimeout = show(s, "statement_timeout");
            lockTimeout = show(s, "lock_timeout");
            s.execute("SAVEPOINT probe");
            try {
                s.execute("CREATE TABLE public.catalog_reader_probe (x int)");
            } catch (SQLException e) {
                writeError = e.getSQLState();
            }
            s.execute("ROLLBACK TO SAVEPOINT probe");
        }
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
