package dev.refract.migrate.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Schema;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real-project schema of the corpus (../shared/corpus/schemas) calculates, and what comes out
 * hangs together: a table per model, keys and indexes over existing columns, foreign keys to existing
 * tables and columns, enum columns of declared enums, names within the database's identifier limit.
 */
class CorpusCalculationTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusSchemaCalculates() throws Exception {
        List<Path> schemas = Corpus.schemas();
        assertThat(schemas).hasSizeGreaterThanOrEqualTo(13);
        return schemas.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            ValidationResult result = PrismaSchema.validate(Corpus.sources(path));
            assertThat(result.isValid()).as(result.render(false)).isTrue();
            Schema schema = result.resolved().orElseThrow();
            SqlSchema sql = SqlSchemaCalculator.calculate(schema);
            hangsTogether(schema, sql);
        }));
    }

    private static void hangsTogether(Schema schema, SqlSchema sql) {
        Set<String> tables = sql.tables().stream().map(Table::name).collect(Collectors.toSet());
        for (Model model : schema.models()) {
            assertThat(tables.contains(model.databaseName())).as(model.name()).isEqualTo(!model.isView());
        }
        int maxLength = dev.refract.dialect.Dialect.of(schema.provider().orElseThrow()).connector().maxIdentifierLength();
        Set<String> indexNames = new HashSet<>();
        for (Table table : sql.tables()) {
            Set<String> columns = table.columns().stream().map(Column::name).collect(Collectors.toSet());
            assertThat(columns).as("%s has unique column names", table.name()).hasSize(table.columns().size());
            if (table.primaryKey() != null) {
                assertThat(columns).containsAll(table.primaryKey().columnNames());
            }
            for (Index index : table.indexes()) {
                assertThat(columns).as("%s.%s", table.name(), index.name()).containsAll(index.columnNames());
                assertThat(index.name().length()).as(index.name()).isLessThanOrEqualTo(maxLength);
                assertThat(indexNames.add(table.name() + "." + index.name())).as(index.name()).isTrue();
            }
            for (ForeignKey fk : table.foreignKeys()) {
                Table target = sql.table(fk.referencedTable()).orElseThrow();
                assertThat(columns).containsAll(fk.columns());
                assertThat(target.columns()).extracting(Column::name).containsAll(fk.referencedColumns());
                assertThat(fk.name().length()).as(fk.name()).isLessThanOrEqualTo(maxLength);
            }
            for (Column column : table.columns()) {
                if (column.type().family() == ColumnTypeFamily.ENUM && !sql.enums().isEmpty()) {
                    assertThat(sql.sqlEnum(column.type().sqlType())).as("%s.%s", table.name(), column.name()).isPresent();
                }
            }
        }
    }
}
