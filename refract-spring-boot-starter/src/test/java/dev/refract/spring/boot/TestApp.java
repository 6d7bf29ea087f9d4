package dev.refract.spring.boot;

import dev.refract.client.RefractClient;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Schema;
import java.sql.Connection;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tiny Spring Boot application: the schema as a bean, and a service writing through the client and JdbcTemplate. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApp {
    static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
              url      = env("DATABASE_URL")
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }

            model Note {
              id   Int    @id @default(autoincrement())
              text String
            }
            """;

    @Bean
    Schema schema() {
        return parse();
    }

    static Schema parse() {
        return PrismaSchema.validate("schema.prisma", SCHEMA).resolved().orElseThrow();
    }

    /** Creates the tables on the database {@code prismaUrl} names (in the URL's dialect). */
    static void createTables(String prismaUrl) throws Exception {
        ConnectionUrl url = ConnectionUrl.parse(prismaUrl);
        Dialect dialect = Dialect.of(url.provider());
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect)
                .diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(parse(), dialect)));
        if (url.file().isPresent() && !java.nio.file.Files.exists(url.file().get())) {
            dialect.connections().createDatabase(url);
        }
        try (Connection c = dialect.connections().openForScripts(url)) {
            dialect.connections().runScript(c, script);
        }
    }

    static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(TestApp.class).web(WebApplicationType.NONE)
                .properties(properties).run();
    }

    @Service
    static class Writer {
        private final RefractClient client;
        private final JdbcTemplate jdbc;

        Writer(RefractClient client, JdbcTemplate jdbc) {
            this.client = client;
            this.jdbc = jdbc;
        }

        /** A write through the client and one through JdbcTemplate; {@code fail} throws afterwards. */
        @Transactional
        public long both(String email, boolean fail) {
            client.execute("User", "create", Map.of("data", Map.of("email", email)));
            jdbc.update("INSERT INTO \"Note\" (\"text\") VALUES (?)", email);
            // the client sees JdbcTemplate's uncommitted row: one connection, one transaction
            long notes = ((Number) client.execute("Note", "count", Map.of())).longValue();
            if (fail) {
                throw new IllegalStateException("boom");
            }
            return notes;
        }

        /** The client's own transaction inside Spring's joins it. */
        @Transactional
        public void nested(String email, boolean fail) {
            client.transaction(tx -> tx.execute("User", "create", Map.of("data", Map.of("email", email))));
            jdbc.update("INSERT INTO \"Note\" (\"text\") VALUES (?)", email);
            if (fail) {
                throw new IllegalStateException("boom");
            }
        }
    }
}
