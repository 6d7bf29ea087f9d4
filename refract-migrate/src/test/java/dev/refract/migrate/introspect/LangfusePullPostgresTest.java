package dev.refract.migrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first 50 migrations of langfuse's history (../shared/corpus/migrations/langfuse__langfuse)
 * applied to a fresh PostgreSQL database, then pulled: the schema must validate and re-pull to a
 * fixed point. Each pulled model is compared with the model of the same table in langfuse's
 * schema.prisma (which is 384 migrations later, so tables, columns and relations added or changed
 * later are expected differences and only reported); pulling with that schema as the previous one
 * must take over its model, field and relation field names for everything the database still has.
 */
@PostgresTest
class LangfusePullPostgresTest {
    private static final int MIGRATIONS = 50;
    private static SqlSchema described;
    private static Schema corpus;

    @BeforeAll
    static void applyDescribe(TestDatabase database) throws IOException, SQLException {
        Path project = Corpus.root().resolve("migrations").resolve("langfuse__langfuse");
        List<Path> migrations = Corpus.migrations("langfuse__langfuse").subList(0, MIGRATIONS);
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            for (Path migration : migrations) {
                statement.execute(Files.readString(migration.resolve("migration.sql")));
            }
            described = Describer.postgres(List.of("public")).describe(connection);
        }
        ValidationResult validation = PrismaSchema.validate(List.of(
                new SourceFile("schema.prisma", Files.readString(project.resolve("schema.prisma")))));
        assertThat(validation.isValid()).as(validation.render(false)).isTrue();
        corpus = validation.resolved().orElseThrow();
    }

    private static Schema resolve(String text) {
        ValidationResult validation = PrismaSchema.validate("schema.prisma", text);
        assertThat(validation.isValid()).as(validation.render(false)).isTrue();
        return validation.resolved().orElseThrow();
    }

    @Test
    void pullValidatesAndRePullsToAFixedPoint() {
        IntrospectionResult pulled = Introspector.introspect(described, Provider.POSTGRESQL);
        assertThat(pulled.empty()).isFalse();
        Schema schema = resolve(pulled.text());
        assertThat(schema.models()).hasSize(17);
        IntrospectionGoldens.assertReintrospectionConverges("langfuse", described, Provider.POSTGRESQL, pulled.text());
    }

    /**
     * Acceptance 3 without the calculator: the pulled schema names exactly the database's tables,
     * columns, keys, indexes and foreign keys (with and without langfuse's schema as the previous one).
     */
    @Test
    void pulledSchemaNamesTheDatabaseExactly() throws IOException {
        Schema plain = resolve(Introspector.introspect(described, Provider.POSTGRESQL).text());
        assertThat(SchemaAgainstDatabase.differences(plain, described, 63)).isEmpty();
        PreviousSchema previous = PreviousSchema.parse("schema.prisma",
                Files.readString(Corpus.root().resolve("migrations/langfuse__langfuse/schema.prisma")));
        Schema repulled = resolve(Introspector.introspect(described, Provider.POSTGRESQL, Optional.of(previous)).text());
        assertThat(SchemaAgainstDatabase.differences(repulled, described, 63)).isEmpty();
    }

    @Test
    void pulledModelsMatchTheCorpusSchemaWhereTheHistoryAgrees() {
        Schema pulled = resolve(Introspector.introspect(described, Provider.POSTGRESQL).text());
        List<String> report = new ArrayList<>();
        int comparedFields = 0;
        int equalFields = 0;
        int comparedRelations = 0;
        int equalRelations = 0;
        for (Model model : pulled.models()) {
            Model other = corpusModel(model.databaseName());
            if (other == null) {
                report.add("table " + model.databaseName() + ": not in the corpus schema (dropped later)");
                continue;
            }
            for (ScalarField field : model.scalarFields()) {
                ScalarField match = other.scalarFields().stream()
                        .filter(f -> f.databaseName().equals(field.databaseName())).findFirst().orElse(null);
                if (match == null) {
                    report.add(model.databaseName() + "." + field.databaseName() + ": not in the corpus schema");
                    continue;
                }
                comparedFields++;
                String mine = describe(pulled, field);
                String theirs = describe(corpus, match);
                if (mine.equals(theirs)) {
                    equalFields++;
                } else {
                    report.add(model.databaseName() + "." + field.databaseName() + ": pulled " + mine + ", corpus "
                            + theirs);
                }
            }
            for (RelationField field : model.relationFields()) {
                if (!field.isReferencing()) {
                    continue;
                }
                String key = relationKey(field);
                comparedRelations++;
                boolean found = other.relationFields().stream().filter(RelationField::isReferencing)
                        .anyMatch(f -> relationKey(f).equals(key));
                if (found) {
                    equalRelations++;
                } else {
                    report.add(model.databaseName() + ": relation " + key + " not in the corpus schema");
                }
            }
        }
        System.out.printf("[pull] langfuse after %d migrations: %d models; %d/%d fields and %d/%d relations as in"
                + " the corpus schema; %d differences:%n  %s%n", MIGRATIONS, pulled.models().size(), equalFields,
                comparedFields, equalRelations, comparedRelations, report.size(), String.join("\n  ", report));
        // after 50 migrations: 59 of 62 shared columns as in the final schema (three become optional
        // later), 4 of 7 relations (three are dropped later), 7 tables dropped later
        assertThat(comparedFields).isGreaterThan(50);
        assertThat(equalFields).isGreaterThanOrEqualTo(comparedFields - 3);
        assertThat(equalRelations).isGreaterThanOrEqualTo(comparedRelations - 3);
    }

    /** Type, arity and native type of a field, by database names (enums by their database name). */
    private static String describe(Schema schema, ScalarField field) {
        String type = field.type() instanceof dev.refract.schema.model.FieldType.EnumRef ref
                ? "enum " + schema.enumByName(ref.enumName()).map(e -> e.databaseName()).orElse(ref.enumName())
                : field.type().schemaName();
        String arity = field.isList() ? "[]" : field.isOptional() ? "?" : "";
        String nativeType = field.nativeType().map(n -> " @db." + n.render()).orElse("");
        if (nativeType.equals(" @db.Text")) {
            nativeType = "";
        }
        return type + arity + nativeType;
    }

    private static String relationKey(RelationField field) {
        return field.fields().stream().map(ScalarField::databaseName).collect(Collectors.joining(",", "(", ")"))
                + " -> " + field.relatedModel().databaseName()
                + field.references().stream().map(ScalarField::databaseName).collect(Collectors.joining(",", "(", ")"));
    }

    private static Model corpusModel(String table) {
        return corpus.models().stream().filter(m -> m.databaseName().equals(table)).findFirst().orElse(null);
    }

    @Test
    void pullingWithTheCorpusSchemaKeepsItsNames() throws IOException {
        Path schemaFile = Corpus.root().resolve("migrations/langfuse__langfuse/schema.prisma");
        PreviousSchema previous = PreviousSchema.parse("schema.prisma", Files.readString(schemaFile));
        IntrospectionResult pulled = Introspector.introspect(described, Provider.POSTGRESQL, Optional.of(previous));
        Schema schema = resolve(pulled.text());
        int fields = 0;
        for (Model model : schema.models()) {
            Model other = corpusModel(model.databaseName());
            if (other == null) {
                continue;
            }
            assertThat(model.name()).isEqualTo(other.name());
            for (ScalarField field : model.scalarFields()) {
                other.scalarFields().stream().filter(f -> f.databaseName().equals(field.databaseName())).findFirst()
                        .ifPresent(match -> assertThat(field.name()).as(model.name()).isEqualTo(match.name()));
                fields++;
            }
            for (RelationField field : model.relationFields()) {
                if (field.isReferencing()) {
                    String key = relationKey(field);
                    other.relationFields().stream().filter(f -> f.isReferencing() && relationKey(f).equals(key))
                            .findFirst().ifPresent(match -> assertThat(field.name()).as(model.name() + " " + key)
                                    .isEqualTo(match.name()));
                }
            }
            assertThat(model.documentation()).isEqualTo(other.documentation());
        }
        assertThat(fields).isGreaterThan(50);
        String datasource = previous.schema().datasource().orElseThrow().declaration().span().toString();
        assertThat(pulled.text()).as("the datasource block is kept as written").contains(
                previous.files().get(0).text().substring(previous.schema().datasource().get().declaration().span().start(),
                        previous.schema().datasource().get().declaration().span().end()));
        assertThat(datasource).isNotEmpty();
    }
}
