package dev.refract.dialect.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {

    private static Map<String, String> parse(String text) {
        return DotEnv.parse(text, name -> null);
    }

    @Test
    void plainQuotedExportedAndCommented() {
        Map<String, String> values = parse("""
                # a comment
                DATABASE_URL=postgresql://u:p@h:5432/db?schema=public
                export SHADOW="postgresql://u@h/shadow"   # trailing comment
                SINGLE='it''s #not a comment'
                  SPACED = value with spaces   # comment
                EMPTY=
                BACKTICK=`tick`
                COLON: yes
                not an assignment
                """);

        assertThat(values).containsEntry("DATABASE_URL", "postgresql://u:p@h:5432/db?schema=public")
                .containsEntry("SHADOW", "postgresql://u@h/shadow")
                .containsEntry("SPACED", "value with spaces")
                .containsEntry("EMPTY", "")
                .containsEntry("BACKTICK", "tick")
                .containsEntry("COLON", "yes")
                .doesNotContainKey("not");
        assertThat(values.get("SINGLE")).isEqualTo("it");
    }

    @Test
    void doubleQuotesExpandNewlinesAndSpanLines() {
        Map<String, String> values = parse("A=\"line1\\nline2\"\nB=\"multi\nline\"\nC='raw\\n'\n");
        assertThat(values).containsEntry("A", "line1\nline2").containsEntry("B", "multi\nline").containsEntry("C", "raw\\n");
    }

    @Test
    void hashInsideQuotesIsKept() {
        assertThat(parse("URL=\"postgresql://u:pa#ss@h/db\"\n")).containsEntry("URL", "postgresql://u:pa#ss@h/db");
    }

    @Test
    void referencesAreExpandedFromTheProcessFirstThenTheFile() {
        Map<String, String> values = DotEnv.parse("""
                USER_NAME=fromfile
                HOST=db
                URL=postgresql://${USER_NAME}@$HOST:5432/${DB:-app}
                LITERAL='${HOST}'
                ESCAPED=\\$HOST
                """, name -> name.equals("USER_NAME") ? "fromprocess" : null);

        assertThat(values).containsEntry("URL", "postgresql://fromprocess@db:5432/app")
                .containsEntry("LITERAL", "${HOST}")
                .containsEntry("ESCAPED", "$HOST");
    }

    @Test
    void windowsLineEndings() {
        assertThat(parse("A=1\r\nB=\"2\"\r\n")).containsEntry("A", "1").containsEntry("B", "2");
    }
}
