package dev.refract.spring.boot;

import com.zaxxer.hikari.HikariDataSource;
import dev.refract.client.RefractClient;
import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Schema;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Refract in a Spring Boot application: the {@code DataSource} from {@code spring.datasource.url} or
 * {@code DATABASE_URL} (Prisma-style or JDBC URLs; unless the application defines its own), a
 * {@link RefractClients} factory whose clients run on it and join {@code @Transactional}
 * transactions, a {@link RefractClient} bean when the application provides its {@link Schema} as a
 * bean, and a health indicator when Actuator is present.
 *
 * <p>DevTools restarts close the context, hence the pool and every client made here, before the
 * new context opens its own; the starter and the runtime stay in DevTools' base class loader (they
 * are jars), so nothing of the old application is kept alive.
 */
@AutoConfiguration(before = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass({RefractClient.class, HikariDataSource.class})
public class RefractAutoConfiguration {

    /** The database URL, when one is configured. */
    @Bean
    @ConditionalOnMissingBean
    RefractDatabaseUrlHolder refractDatabaseUrl(Environment environment) {
        return new RefractDatabaseUrlHolder(RefractDatabaseUrl.of(environment).orElse(null));
    }

    /** A pool over the configured URL, unless the application has a DataSource of its own. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DataSource.class)
    @Conditional(OnDatabaseUrl.class)
    HikariDataSource dataSource(RefractDatabaseUrlHolder url) {
        return RefractDataSources.pool(url.require());
    }

    /** The clients' factory, on the application's DataSource. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    RefractClients refractClients(DataSource dataSource, RefractDatabaseUrlHolder url) {
        Dialect dialect = url.url() != null ? Dialect.of(url.url().url().provider()) : DatabaseProducts.dialectOf(dataSource);
        return new RefractClients(new SpringConnectionSource(dataSource), dialect);
    }

    /** A dynamic client for the application's schema, when it declares one as a bean. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({Schema.class, RefractClients.class})
    RefractClient refractClient(RefractClients clients, ObjectProvider<Schema> schema) {
        return clients.client(schema.getObject());
    }
}
