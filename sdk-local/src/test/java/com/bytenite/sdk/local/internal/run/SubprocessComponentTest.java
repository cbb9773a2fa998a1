package com.bytenite.sdk.local.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubprocessComponentTest {
    @TempDir
    Path app;

    @Test
    void aMissingInterpreterIsNamedWithTheImageNotPulled() throws Exception {
        Files.writeString(app.resolve("main.py"), "print('hi')\n");
        SubprocessComponent c = new SubprocessComponent(app, "main.py", Map.of("PATH", app.resolve("empty-bin").toString()), "python:3.12-slim");
        assertThat(c.localNotice()).isEqualTo("the container image python:3.12-slim is not pulled locally; app/main.py runs with this "
                + "machine's python3");
        assertThatThrownBy(() -> c.run(Map.of(), app, (line, stderr) -> { }))
                .isInstanceOf(JobFailure.class)
                .hasMessageStartingWith("cannot start app/main.py: it needs python3 on this machine (Local ByteNite does not pull the container "
                        + "image python:3.12-slim)")
                .hasMessageContaining("python3");
    }

    @Test
    void secretsAreMaskedInWhatTheComponentPrintsAndStderrIsToldApart() throws Exception {
        Files.writeString(app.resolve("main.sh"), "echo \"key $VAULT\"\necho \"oops $VAULT\" >&2\n");
        SubprocessComponent c = new SubprocessComponent(app, "main.sh", Map.of("VAULT", "s3cr3t-value"), null);
        List<String> lines = new ArrayList<>();
        assertThat(c.run(Map.of(), app, (line, stderr) -> lines.add((stderr ? "err " : "out ") + line))).isZero();
        assertThat(lines).containsExactlyInAnyOrder("out key [REDACTED]", "err oops [REDACTED]");
    }
}
