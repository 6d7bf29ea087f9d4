package dev.refract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blog client compiles warning-free with javac against refract-client. */
class GeneratedClientCompileTest {
    @TempDir
    Path dir;

    @Test
    void blogClientCompiles() throws Exception {
        TestCompiler.Result result = TestCompiler.compile(dir, BlogSchema.generate(), Map.of());
        assertThat(result.errors()).isEmpty();
        assertThat(result.success()).isTrue();
    }
}
