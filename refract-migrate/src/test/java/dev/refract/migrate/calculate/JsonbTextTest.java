package dev.refract.migrate.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSON text as PostgreSQL prints jsonb; the expectations are PostgreSQL 15's own output for the same input. */
class JsonbTextTest {

    @Test
    void keysByLengthThenBytesLastDuplicateWinsNumbersPlain() {
        String input = "{\"bb\":1e2,\"a\":-0,\"é\":\"\\u00e9\\n\\\"\",\"c\":[1.0E+2,true,null,{\"zz\":1,\"y\":2}],"
                + "\"a\":2, \"ab\" : 0.00}";
        assertThat(JsonbText.canonical(input))
                .isEqualTo("{\"a\": 2, \"c\": [100, true, null, {\"y\": 2, \"zz\": 1}], \"ab\": 0.00, \"bb\": 100,"
                        + " \"é\": \"é\\n\\\"\"}");
    }

    @Test
    void scalarsAndEmptyContainers() {
        assertThat(JsonbText.canonical("[]")).isEqualTo("[]");
        assertThat(JsonbText.canonical(" { } ")).isEqualTo("{}");
        assertThat(JsonbText.canonical("\"x\"")).isEqualTo("\"x\"");
        assertThat(JsonbText.canonical("[1,2.50]")).isEqualTo("[1, 2.50]");
    }

    @Test
    void notJsonIsNull() {
        assertThat(JsonbText.canonical("{")).isNull();
        assertThat(JsonbText.canonical("{\"a\":1} x")).isNull();
        assertThat(JsonbText.canonical("nope")).isNull();
    }
}
