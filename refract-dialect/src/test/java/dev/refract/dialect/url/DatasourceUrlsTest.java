package dev.refract.dialect.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Datasource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasourceUrlsTest {
    @TempDir
    Path project;

    private static Datasource datasource(String block) {
        return PrismaSchema.validate("schema.prisma", block).resolved().orElseThrow().datasource().orElseThrow();
    }

    @Test
    void literalUrl() {
        Datasource ds = datasource("datasource db {\n  provider = \"postgresql\"\n  url = \"postgresql://u@h/app\"\n}\n");
        ConnectionUrl url = DatasourceUrls.resolve(ds, project, Environment.of(Map.of()));
        assertThat(url.database()).isEqualTo("app");
    }

    @Test
    void envUrlFromTheProcessBeforeDotEnv() throws IOException {
        Files.writeString(project.resolve(".env"), "MY_URL=postgresql://u@h/fromfile\n");
        Datasource ds = datasource("datasource db {\n  provider = \"postgresql\"\n  url = env(\"MY_URL\")\n}\n");

        assertThat(DatasourceUrls.resolve(ds, project, Environment.load(Map.of(), List.of(project))).database())
                .isEqualTo("fromfile");
        assertThat(DatasourceUrls.resolve(ds, project,
                Environment.load(Map.of("MY_URL", "postgresql://u@h/fromprocess"), List.of(project))).database())
                .isEqualTo("fromprocess");
    }

    @Test
    void prisma7StyleTakesDatabaseUrlAndTheSchemaFolderDotEnvWins() throws IOException {
        Path schemaFolder = Files.createDirectories(project.resolve("prisma"));
        Files.writeString(schemaFolder.resolve(".env"), "DATABASE_URL=\"file:./dev.db\"\n");
        Files.writeString(project.resolve(".env"), "DATABASE_URL=file:./other.db\n");
        Datasource ds = datasource("datasource db {\n  provider = \"sqlite\"\n}\n");

        ConnectionUrl url = DatasourceUrls.resolve(ds, schemaFolder,
                Environment.load(Map.of(), List.of(schemaFolder, project)));
        assertThat(url.file()).contains(schemaFolder.resolve("dev.db"));
    }

    @Test
    void directUrlIsPreferredForMigrations() {
        Datasource ds = datasource("datasource db {\n  provider = \"postgresql\"\n  url = \"postgresql://u@pooler/app\"\n"
                + "  directUrl = \"postgresql://u@direct/app\"\n}\n");
        assertThat(DatasourceUrls.resolve(ds, project, Environment.of(Map.of())).host()).isEqualTo("direct");
    }

    @Test
    void missingVariableEmptyUrlAndWrongProtocolAreP1012() {
        Datasource fromEnv = datasource("datasource db {\n  provider = \"postgresql\"\n  url = env(\"NOPE\")\n}\n");
        assertThatThrownBy(() -> DatasourceUrls.resolve(fromEnv, project, Environment.of(Map.of())))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.code()).isEqualTo("P1012");
                    assertThat(e.getMessage()).isEqualTo("Environment variable not found: NOPE.");
                });
        assertThatThrownBy(() -> DatasourceUrls.resolve(fromEnv, project, Environment.of(Map.of("NOPE", " "))))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P1012"));
        assertThatThrownBy(() -> DatasourceUrls.resolve(fromEnv, project,
                Environment.of(Map.of("NOPE", "mysql://root@h/app"))))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "Error validating datasource `db`: the URL must start with the protocol `postgresql://` or"
                                + " `postgres://`."));
        Datasource prisma7 = datasource("datasource db {\n  provider = \"mysql\"\n}\n");
        assertThatThrownBy(() -> DatasourceUrls.resolve(prisma7, project, Environment.of(Map.of())))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Environment variable not found: DATABASE_URL."));
    }
}
