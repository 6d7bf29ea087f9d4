package dev.refract.migrate.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Operator classes by their catalog names, null where pg_opclass says they are the default (PostgreSQL 15). */
class PostgresOperatorClassesTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "ArrayOps                | Gin    | null",
        "JsonbOps                | Gin    | null",
        "JsonbPathOps            | Gin    | jsonb_path_ops",
        "InetOps                 | Gist   | inet_ops",
        "InetOps                 | SpGist | null",
        "TextOps                 | SpGist | null",
        "Int4MinMaxOps           | Brin   | null",
        "Int4MinMaxMultiOps      | Brin   | int4_minmax_multi_ops",
        "Float8BloomOps          | Brin   | float8_bloom_ops",
        "InetInclusionOps        | Brin   | null",
        "InetMinMaxOps           | Brin   | inet_minmax_ops",
        "TimestampTzMinMaxOps    | Brin   | null",
        "TimeTzBloomOps          | Brin   | timetz_bloom_ops",
        "VarBitMinMaxOps         | Brin   | null",
        "UuidMinMaxMultiOps      | Brin   | uuid_minmax_multi_ops",
        "raw(\"gin_trgm_ops\")   | Gin    | gin_trgm_ops",
    })
    void described(String written, String algorithm, String expected) {
        assertThat(PostgresOperatorClasses.described(written, algorithm)).isEqualTo(expected);
    }
}
