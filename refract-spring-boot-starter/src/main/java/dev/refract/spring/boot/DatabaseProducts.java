package dev.refract.spring.boot;

import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The dialect of a DataSource the application configured itself, from its JDBC driver's product name. */
final class DatabaseProducts {
    private DatabaseProducts() {
    }

    static Dialect dialectOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Refract could not ask the DataSource which database it is: " + e.getMessage(), e);
        }
        if (product.contains("postgres")) {
            return Dialect.of(Provider.POSTGRESQL);
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return Dialect.of(Provider.MYSQL);
        }
        if (product.contains("sqlite")) {
            return Dialect.of(Provider.SQLITE);
        }
        throw new IllegalStateException("Refract does not support the database " + product);
    }
}
