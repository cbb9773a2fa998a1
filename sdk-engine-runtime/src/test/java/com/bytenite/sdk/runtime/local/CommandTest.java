package com.bytenite.sdk.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class CommandTest {
    @TempDir
    Path dir;

    @Test
    void aComponentGetsTheBaseVariablesAndTheContractOnly() {
        Map<String, String> inherited = Map.of("PATH", "/usr/bin", "HOME", "/home/me", "AWS_SECRET_ACCESS_KEY", "canary", "LANG", "C.UTF-8");
        Map<String, String> env = Command.environment(inherited, Map.of("TASK_DIR", "/t", "HOME", "/contract/home"));
        assertThat(env).containsOnlyKeys("PATH", "HOME", "LANG", "TASK_DIR").containsEntry("HOME", "/contract/home");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theProcessSeesNothingElseOfThisProcessesEnvironment() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        int status = Command.of(List.of("sh", "-c", "env"), dir).run(Map.of("TASK_DIR", "/t"), lines::add);
        assertThat(status).isZero();
        assertThat(lines).contains("TASK_DIR=/t").allSatisfy(l -> assertThat(l.substring(0, l.indexOf('=')))
                .isIn("TASK_DIR", "PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "TMP", "TEMP", "PWD", "SHLVL", "_"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void interruptingKillsWhatTheComponentStartedInTheBackground() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        String script = "sleep 600 & echo $! > " + pidFile + "; sleep 600";
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> running = runner.submit(() -> Command.of(List.of("sh", "-c", script), dir).run(Map.of(), line -> { }));
            long child = awaitPid(pidFile);
            assertThat(alive(child)).isTrue();
            running.cancel(true);
            assertThat(dies(child)).as("the background child after an interrupt").isTrue();
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void leftoversOfAFinishedComponentAreKilled() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        String script = "sleep 600 >/dev/null 2>&1 & echo $! > " + pidFile + "; exit 3";
        assertThat(Command.of(List.of("sh", "-c", script), dir).run(Map.of(), line -> { })).isEqualTo(3);
        assertThat(dies(awaitPid(pidFile))).as("a background process the component left running").isTrue();
    }

    @Test
    void aMissingProgramFailsToStartNamingIt() {
        assertThatThrownBy(() -> Command.of(List.of("no-such-program-xyz"), dir).run(Map.of("PATH", "/usr/bin:/bin"), line -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-program-xyz");
    }

    @Test
    void anEndlessLineIsCut() throws Exception {
        List<String> lines = new ArrayList<>();
        Command.of(List.of("sh", "-c", "yes x | tr -d '\\n' | head -c 100000; echo; echo next"), dir).run(Map.of(), lines::add);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize(Command.MAX_LINE_CHARS + 1).endsWith("x…");
        assertThat(lines.get(1)).isEqualTo("next");
    }

    private static long awaitPid(Path file) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (Files.exists(file) && !Files.readString(file).isBlank()) {
                return Long.parseLong(Files.readString(file).trim());
            }
            Thread.sleep(25);
        }
        throw new AssertionError(file + " was never written");
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean dies(long pid) throws InterruptedException {
        for (int i = 0; i < 200 && alive(pid); i++) {
            Thread.sleep(25);
        }
        return !alive(pid);
    }
}
