package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefractCommandTest {
    @TempDir
    Path cwd;

    private CliRun refract(String... args) {
        return CliRun.run(CliContext.of(cwd), args);
    }

    @Test
    void versionPrintsTheProjectVersion() {
        String expected = System.getProperty("refract.expectedVersion");
        assertThat(expected).as("set by the build (surefire)").isNotBlank();

        CliRun run = refract("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().strip()).isEqualTo("refract " + expected);
    }

    @Test
    void withoutACommandItPrintsItsHelp() {
        CliRun run = refract();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: refract", "validate", "format", "init");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "init"})
    void everyCommandHasHelp(String command) {
        CliRun run = refract(command, "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Usage: refract " + command).contains("Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = refract("valdate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument", "'valdate'", "Did you mean: refract validate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithTheCommandsHelp() {
        CliRun run = refract("validate", "--bogus");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("! Unknown option: '--bogus'").contains("Usage: refract validate");
    }

    @Test
    void aMissingOptionValueIsAUsageError() {
        CliRun run = refract("format", "--schema");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required parameter for option '--schema'");
    }

    @Test
    void colourNeedsATerminalAndNoNoColor() {
        assertThat(new CliContext(cwd, java.util.Map.of(), true).colour()).isTrue();
        assertThat(new CliContext(cwd, java.util.Map.of(), false).colour()).isFalse();
        assertThat(new CliContext(cwd, java.util.Map.of("NO_COLOR", ""), true).colour()).isFalse();
        assertThat(new CliContext(cwd, java.util.Map.of("TERM", "dumb"), true).colour()).isFalse();
    }
}
