package dev.refract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {
    @TempDir
    Path dir;

    private GenerateMojo mojo(MojoTests.Log log) {
        GenerateMojo mojo = MojoTests.configure(new GenerateMojo(), dir, Map.of(), log);
        mojo.project = new MavenProject();
        mojo.stampFile = dir.resolve("target/refract/generate.sha256").toFile();
        return mojo;
    }

    @Test
    void generatesTheClientAndAddsItsFolderAsASourceRoot() throws Exception {
        MojoTests.project(dir, MojoTests.SCHEMA);
        GenerateMojo mojo = mojo(new MojoTests.Log());
        mojo.execute();
        Path out = dir.resolve("target/generated-sources/refract");
        assertThat(out.resolve("com/example/db/Db.java")).exists();
        assertThat(out.resolve("com/example/db/Note.java")).exists();
        assertThat(mojo.project.getCompileSourceRoots()).containsExactly(out.toString());
        assertThat(dir.resolve("target/refract/generate.sha256")).exists();
    }

    @Test
    void doesNothingWhenTheSchemaDidNotChange_andRegeneratesWhenItDid() throws Exception {
        MojoTests.project(dir, MojoTests.SCHEMA);
        mojo(new MojoTests.Log()).execute();
        Path note = dir.resolve("target/generated-sources/refract/com/example/db/Note.java");
        Files.writeString(note, "// edited by hand\n");

        MojoTests.Log second = new MojoTests.Log();
        GenerateMojo again = mojo(second);
        again.execute();
        assertThat(second.text()).contains("is up to date").doesNotContain("Generated");
        assertThat(Files.readString(note)).isEqualTo("// edited by hand\n");   // untouched: no work done
        assertThat(again.project.getCompileSourceRoots()).hasSize(1);         // the source root is still added

        MojoTests.project(dir, MojoTests.SCHEMA.replace("text String", "text String\n  done Boolean @default(false)"));
        MojoTests.Log third = new MojoTests.Log();
        mojo(third).execute();
        assertThat(third.text()).contains("Generated Refract Client (Java)");
        assertThat(Files.readString(note)).contains("done");
    }

    @Test
    void regeneratesWhenTheOutputWasDeleted() throws Exception {
        MojoTests.project(dir, MojoTests.SCHEMA);
        mojo(new MojoTests.Log()).execute();
        Path pkg = dir.resolve("target/generated-sources/refract/com/example/db");
        try (var files = Files.list(pkg)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(pkg);
        mojo(new MojoTests.Log()).execute();
        assertThat(pkg.resolve("Db.java")).exists();
    }

    @Test
    void outputDirectoryOverridesTheGeneratorBlock() throws Exception {
        MojoTests.project(dir, MojoTests.SCHEMA);
        GenerateMojo mojo = mojo(new MojoTests.Log());
        File other = dir.resolve("elsewhere").toFile();
        mojo.outputDirectory = other;
        mojo.execute();
        assertThat(other.toPath().resolve("com/example/db/Db.java")).exists();
        assertThat(mojo.project.getCompileSourceRoots()).containsExactly(other.toPath().toString());
    }

    @Test
    void anInvalidSchemaFailsTheBuildWithP1012() throws Exception {
        MojoTests.project(dir, MojoTests.SCHEMA.replace("text String", "text Strin"));
        assertThatThrownBy(() -> mojo(new MojoTests.Log()).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("P1012")
                .hasMessageContaining("Strin");
        assertThat(dir.resolve("target/generated-sources")).doesNotExist();
    }

    @Test
    void skipDoesNothing() throws Exception {
        GenerateMojo mojo = mojo(new MojoTests.Log());
        mojo.skip = true;
        mojo.execute();   // no schema needed
        assertThat(mojo.project.getCompileSourceRoots()).isEmpty();
    }
}
