package dev.refract.migrate.introspect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void sanitisingDropsLeadingNonLettersAndReplacesInvalidCharacters() {
        assertThat(Names.sanitize("User")).isEqualTo("User");
        assertThat(Names.sanitize("order-items")).isEqualTo("order_items");
        assertThat(Names.sanitize("1st place")).isEqualTo("st_place");
        assertThat(Names.sanitize("_hidden")).isEqualTo("hidden");
        assertThat(Names.sanitize("Straße")).isEqualTo("Stra_e");
        assertThat(Names.sanitize("?")).isEmpty();
        assertThat(Names.needsSanitation("snake_case_1")).isFalse();
        assertThat(Names.needsSanitation("_prisma")).isTrue();
    }

    @Test
    void reservedNames() {
        assertThat(Names.isReservedTypeName("PrismaClient")).isTrue();
        assertThat(Names.isReservedTypeName("String")).isTrue();
        assertThat(Names.isReservedTypeName("Strings")).isFalse();
    }

    @Test
    void operatorClassesByPrismaNameOrRaw() {
        assertThat(Indexes.operatorClass("jsonb_path_ops")).isEqualTo("JsonbPathOps");
        assertThat(Indexes.operatorClass("timestamptz_minmax_multi_ops")).isEqualTo("TimestampTzMinMaxMultiOps");
        assertThat(Indexes.operatorClass("int4_bloom_ops")).isEqualTo("Int4BloomOps");
        assertThat(Indexes.operatorClass("gist_trgm_ops")).isEqualTo("raw(\"gist_trgm_ops\")");
    }

    @Test
    void schemaStringLiterals() {
        assertThat(Psl.string("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
        assertThat(Psl.string("\u0001")).isEqualTo("\"\\u0001\"");
    }

    @Test
    void nativeTypesOnlyWhereTheyDifferFromTheScalarsDefault() {
        Flavour pg = Flavour.of(dev.refract.schema.model.Provider.POSTGRESQL);
        Flavour my = Flavour.of(dev.refract.schema.model.Provider.MYSQL);
        assertThat(pg.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.STRING, "TEXT"))).isNull();
        assertThat(pg.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.DATE_TIME, "TIMESTAMP(3)")))
                .isNull();
        assertThat(pg.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.DATE_TIME, "TIMESTAMP")))
                .isEqualTo("Timestamp(6)");
        assertThat(pg.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.DECIMAL, "DECIMAL(10,2)")))
                .isEqualTo("Decimal(10, 2)");
        assertThat(pg.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.UUID, "UUID"))).isEqualTo("Uuid");
        assertThat(my.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.STRING, "VARCHAR(191)"))).isNull();
        assertThat(my.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.BOOLEAN, "BIT(1)")))
                .isEqualTo("Bit(1)");
        assertThat(my.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.INT, "INTEGER UNSIGNED")))
                .isEqualTo("UnsignedInt");
        assertThat(my.nativeType(type(dev.refract.migrate.sqlschema.ColumnTypeFamily.DECIMAL, "DECIMAL(65, 30)")))
                .isNull();
    }

    private static dev.refract.migrate.sqlschema.ColumnType type(dev.refract.migrate.sqlschema.ColumnTypeFamily f,
            String sql) {
        return dev.refract.migrate.sqlschema.ColumnType.of(f, sql);
    }
}
