package dev.refract.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL and MySQL copies of prisma/schema.prisma describe the same models (only the
 * provider, the output path and one comment differ), and each provider has its committed migrations.
 */
class ProviderSchemasTest {
    private static final Path PRISMA = BlogProcess.ROOT.resolve("examples/blog/prisma");

    @Test
    void copiesMatchTheSchema() throws Exception {
        String main = normalise(Files.readString(PRISMA.resolve("schema.prisma")));
        for (String provider : new String[] {"postgresql", "mysql"}) {
            String copy = Files.readString(PRISMA.resolve(provider + "/schema.prisma"));
            assertThat(copy).contains("provider = \"" + provider + "\"");
            assertThat(normalise(copy)).as(provider + "/schema.prisma").isEqualTo(main);
            assertThat(Files.readString(PRISMA.resolve(provider + "/migrations/migration_lock.toml"))).contains(provider);
            assertThat(Files.readString(PRISMA.resolve(provider + "/refract.properties")))
                    .isEqualTo(Files.readString(PRISMA.resolve("refract.properties")));
        }
        assertThat(Files.readString(PRISMA.resolve("migrations/migration_lock.toml"))).contains("sqlite");
    }

    private static String normalise(String schema) {
        return schema.replaceAll("provider = \"(sqlite|postgresql|mysql)\"", "provider = \"?\"")
                .replace("\"../../target/generated-sources/refract\"", "\"../target/generated-sources/refract\"")
                .replaceAll("(?m)^// (PostgreSQL and MySQL use|The (postgresql|mysql) copy).*\\n", "");
    }
}
