package io.tally.ledger;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Wraps the application's data source so that each connection can hold writes back for {@link
 * WriteBehind}: every other use of the connection (preparing or creating a statement, a savepoint,
 * a commit, switching auto-commit on) first sends what it holds, in order; a rollback or closing
 * the connection drops it. On PostgreSQL the held writes go as one multi-statement string (the
 * driver sends its statements with one sync, one round trip); on H2, which runs in this process,
 * one after the other.
 */
@Component
class WriteBehindConnections implements BeanPostProcessor {
  /** At most this many statements in one round trip (their answers must fit the socket buffers). */
  static final int MAX_PER_TRIP = 64;

  private static final Set<String> SENDS_FIRST =
      Set.of(
          "prepareStatement",
          "createStatement",
          "prepareCall",
          "commit",
          "setSavepoint",
          "releaseSavepoint",
          "setAutoCommit");

  private static final Set<String> DROPS = Set.of("rollback", "close", "abort");

  /** A connection that holds writes back. */
  interface Held {
    void hold(String sql, Object... params);

    /** Sends what is held, in order; on failure what was held is dropped and the error thrown. */
    void flush() throws SQLException;

    void discard();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !(bean instanceof HoldingDataSource)) {
      return new HoldingDataSource(ds);
    }
    return bean;
  }

  /** The data source whose connections hold writes back. */
  static final class HoldingDataSource extends DelegatingDataSource {
    private volatile @Nullable Boolean postgres;

    HoldingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection c) throws SQLException {
      Boolean pg = postgres;
      if (pg == null) {
        pg = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        postgres = pg;
      }
      return (Connection)
          Proxy.newProxyInstance(
              WriteBehindConnections.class.getClassLoader(),
              new Class<?>[] {Connection.class, Held.class},
              new Holding(c, pg));
    }
  }

  private record Write(String sql, Object[] params) {}

  private static final class Holding implements InvocationHandler, Held {
    private final Connection target;
    private final boolean postgres;
    private final List<Write> held = new ArrayList<>();

    Holding(Connection target, boolean postgres) {
      this.target = target;
      this.postgres = postgres;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args)
        throws Throwable {
      String name = method.getName();
      if (method.getDeclaringClass() == Held.class) {
        try {
          return method.invoke(this, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
      switch (name) {
        case "unwrap" -> {
          Class<?> type = (Class<?>) args[0];
          if (type.isInstance(proxy)) {
            return proxy;
          }
        }
        case "isWrapperFor" -> {
          if (((Class<?>) args[0]).isInstance(proxy)) {
            return true;
          }
        }
        case "equals" -> {
          return proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        case "toString" -> {
          return "write-behind " + target;
        }
        default -> {
          if (SENDS_FIRST.contains(name)) {
            flush();
          } else if (DROPS.contains(name)) {
            discard();
          }
        }
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    @Override
    public void hold(String sql, Object... params) {
      held.add(new Write(sql, params));
    }

    @Override
    public void discard() {
      held.clear();
    }

    @Override
    public void flush() throws SQLException {
      if (held.isEmpty()) {
        return;
      }
      List<Write> writes = List.copyOf(held);
      held.clear();
      if (postgres) {
        for (int from = 0; from < writes.size(); from += MAX_PER_TRIP) {
          send(writes.subList(from, Math.min(writes.size(), from + MAX_PER_TRIP)));
        }
      } else {
        for (Write w : writes) {
          send(List.of(w));
        }
      }
    }

    private void send(List<Write> writes) throws SQLException {
      StringBuilder sql = new StringBuilder();
      for (Write w : writes) {
        if (!sql.isEmpty()) {
          sql.append(";\n");
        }
        sql.append(w.sql());
      }
      try (PreparedStatement ps = target.prepareStatement(sql.toString())) {
        int i = 1;
        for (Write w : writes) {
          for (Object p : w.params()) {
            if (p == null) {
              ps.setNull(i++, Types.NULL);
            } else {
              StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, p);
            }
          }
        }
        ps.execute();
      }
    }
  }
}
