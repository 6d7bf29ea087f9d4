package dev.refract.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Samples of Prisma's cast tables: safe widening, risky narrowing, no cast at all. */
class TypeChangesTest {

    private static TypeChange pg(String from, String to) {
        return PostgresType.of(from).changeTo(PostgresType.of(to));
    }

    private static TypeChange my(String from, String to) {
        return MySqlType.of(from).changeTo(MySqlType.of(to));
    }

    @Test
    void postgres() {
        assertThat(pg("INTEGER", "BIGINT")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(pg("BIGINT", "INTEGER")).isEqualTo(TypeChange.RISKY_CAST);
        assertThat(pg("SERIAL", "INTEGER")).isNull();
        assertThat(pg("VARCHAR(100)", "VARCHAR(50)")).isEqualTo(TypeChange.RISKY_CAST);
        assertThat(pg("VARCHAR(50)", "TEXT")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(pg("TEXT", "INTEGER")).isEqualTo(TypeChange.NOT_CASTABLE);
        assertThat(pg("TIMESTAMP(3)", "TIMESTAMP(6)")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(pg("TIMESTAMP(3)", "TIMESTAMP")).isNull();
        assertThat(pg("DECIMAL(10,2)", "DECIMAL(12,4)")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(pg("DECIMAL(10,2)", "DECIMAL(10,4)")).isEqualTo(TypeChange.RISKY_CAST);
        assertThat(pg("UUID", "TEXT")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(pg("JSONB", "JSON")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(PostgresType.of("vector(3)")).isNull();
        assertThat(PostgresType.of("DOUBLE PRECISION").display()).isEqualTo("DoublePrecision");
        assertThat(PostgresType.of("DECIMAL(65,30)").display()).isEqualTo("Decimal(65,30)");
    }

    @Test
    void mysql() {
        assertThat(my("INTEGER", "BIGINT")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(my("VARCHAR(191)", "INTEGER")).isEqualTo(TypeChange.RISKY_CAST);
        assertThat(my("VARCHAR(191)", "TEXT")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(my("DATETIME(3)", "DATETIME(6)")).isEqualTo(TypeChange.SAFE_CAST);
        assertThat(my("DATETIME(6)", "DATETIME(3)")).isEqualTo(TypeChange.RISKY_CAST);
        assertThat(my("JSON", "INTEGER")).isEqualTo(TypeChange.NOT_CASTABLE);
        assertThat(my("DECIMAL(65, 30)", "DECIMAL(65,30)")).isNull();
        assertThat(my("INTEGER", "INTEGER UNSIGNED")).isEqualTo(TypeChange.RISKY_CAST);
        assertThat(MySqlType.of("INTEGER UNSIGNED").display()).isEqualTo("UnsignedInt");
        assertThat(MySqlType.of("BOOLEAN").display()).isEqualTo("TinyInt");
    }

    @Test
    void mysqlEnumValues() {
        assertThat(NativeType.enumValues("ENUM('A', 'it''s', 'C')")).containsExactly("A", "it's", "C");
    }
}
