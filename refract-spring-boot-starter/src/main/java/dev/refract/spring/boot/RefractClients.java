package dev.refract.spring.boot;

import dev.refract.client.RefractClient;
import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;

/**
 * Makes Refract clients on the application's {@code DataSource}: they join Spring-managed
 * transactions (see {@link SpringConnectionSource}) and are closed with the application context. A
 * generated client facade is declared in one line:
 *
 * <pre>{@code @Bean Db db(RefractClients refract) { return Db.of(refract.client(Db.schema())); }}</pre>
 */
public final class RefractClients implements DisposableBean {
    private final SpringConnectionSource connections;
    private final Dialect dialect;
    private final List<RefractClient> made = new ArrayList<>();

    public RefractClients(SpringConnectionSource connections, Dialect dialect) {
        this.connections = connections;
        this.dialect = dialect;
    }

    /**
     * A client for {@code schema} on the application's database. The database's dialect is the
     * URL's, so one schema can run on SQLite in development and PostgreSQL in production.
     */
    public synchronized RefractClient client(Schema schema) {
        RefractClient client = RefractClient.builder(schema, connections).dialect(dialect).build();
        made.add(client);
        return client;
    }

    public Dialect dialect() {
        return dialect;
    }

    public SpringConnectionSource connections() {
        return connections;
    }

    @Override
    public synchronized void destroy() {
        made.forEach(RefractClient::close);
        made.clear();
    }
}
