package com.bytenite.sdk.runtime.local;

import static com.bytenite.sdk.runtime.ContractVariables.APP_PARAMS;
import static com.bytenite.sdk.runtime.ContractVariables.ASSEMBLER_PARAMS;
import static com.bytenite.sdk.runtime.ContractVariables.CHUNKS_DIR;
import static com.bytenite.sdk.runtime.ContractVariables.CHUNK_NUMBER;
import static com.bytenite.sdk.runtime.ContractVariables.OUTPUT_DIR;
import static com.bytenite.sdk.runtime.ContractVariables.PARTITIONER_PARAMS;
import static com.bytenite.sdk.runtime.ContractVariables.SHARED_CACHE_DIR;
import static com.bytenite.sdk.runtime.ContractVariables.SOURCE_DIR;
import static com.bytenite.sdk.runtime.ContractVariables.TASK_DIR;
import static com.bytenite.sdk.runtime.ContractVariables.TASK_RESULTS_DIR;
import static com.bytenite.sdk.runtime.ContractVariables.USER_CACHE_DIR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders of one run of a job as the container contract lays them out, and the variables that
 * point each component at them: the one implementation {@link LocalPipeline} and Local ByteNite
 * share.
 *
 * <pre>
 * source/                  SOURCE_DIR: the input files, at the top level
 * chunks/                  CHUNKS_DIR: data_&lt;i&gt;.bin as the partitioner wrote them
 * tasks/task-&lt;i&gt;/          TASK_DIR: chunk i as data.bin
 * tasks/task-&lt;i&gt;-results/  the TASK_RESULTS_DIR of task i
 * results/                 the assembler's TASK_RESULTS_DIR: every task's results at the top level
 * output/                  OUTPUT_DIR
 * </pre>
 *
 * <p>Task results are gathered in chunk order. A result keeps its name unless a task with a lower
 * chunk number already has that name; then task {@code i}'s {@code name.ext} becomes
 * {@code name_i.ext} ({@code name_i_2.ext}, … if that is taken too). Five image tasks that each
 * write {@code output_image.png} give {@code output_image.png}, {@code output_image_1.png}, …,
 * {@code output_image_4.png}. Folders a task writes are gathered by the same rule.
 */
public final class JobFolders {
    private static final Pattern CHUNK = Pattern.compile("data_(\\d+)\\.bin");

    /** One task's folders: {@code dir} holds {@code data.bin}, {@code results} is its own results folder. */
    public record Task(int chunkNumber, String id, Path dir, Path results) {
    }

    private final Path source;
    private final Path chunks;
    private final Path tasks;
    private final Path results;
    private final Path output;

    private JobFolders(Path source, Path work) throws IOException {
        this.source = Files.createDirectories(source);
        this.chunks = Files.createDirectories(work.resolve("chunks"));
        this.tasks = Files.createDirectories(work.resolve("tasks"));
        this.results = Files.createDirectories(work.resolve("results"));
        this.output = Files.createDirectories(work.resolve("output"));
    }

    /**
     * The layout under {@code work}, with the input in {@code work/source}. Missing folders are
     * created; existing ones and their content are kept.
     *
     * @param work the run's folder
     * @return the layout
     * @throws IOException if a folder cannot be created
     */
    public static JobFolders create(Path work) throws IOException {
        return new JobFolders(work.resolve("source"), work);
    }

    /**
     * The layout under {@code work}, with the input kept elsewhere (a server keeps it with the job).
     * Missing folders are created; existing ones and their content are kept.
     *
     * @param work the run's folder
     * @param source the folder holding the input files, used as {@code SOURCE_DIR}
     * @return the layout
     * @throws IOException if a folder cannot be created
     */
    public static JobFolders create(Path work, Path source) throws IOException {
        return new JobFolders(source, work);
    }

    /**
     * The partitioner's input folder.
     *
     * @return the {@code SOURCE_DIR} folder
     */
    public Path source() {
        return source;
    }

    /**
     * The assembler's output folder.
     *
     * @return the {@code OUTPUT_DIR} folder, {@code work/output}
     */
    public Path output() {
        return output;
    }

    /**
     * The assembler's view of every task's results.
     *
     * @return {@code work/results}, the assembler's {@code TASK_RESULTS_DIR}
     */
    public Path results() {
        return results;
    }

    /**
     * The partitioner's variables: {@code SOURCE_DIR}, {@code CHUNKS_DIR}, {@code PARTITIONER_PARAMS}.
     *
     * @param params the partitioner's params as JSON text, passed on unchecked
     * @return a new, modifiable map
     */
    public Map<String, String> partitionerEnv(String params) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SOURCE_DIR, source.toString());
        env.put(CHUNKS_DIR, chunks.toString());
        env.put(PARTITIONER_PARAMS, params);
        return env;
    }

    /**
     * The chunks the partitioner wrote ({@code data_<i>.bin}), in the order of {@code i}. Other files
     * in {@code CHUNKS_DIR} are ignored.
     *
     * @return the chunk files, possibly with gaps in the numbering
     * @throws IOException if the folder cannot be listed
     */
    public List<Path> chunkFiles() throws IOException {
        try (Stream<Path> files = Files.list(chunks)) {
            return files.filter(p -> CHUNK.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(JobFolders::chunkIndex))
                    .toList();
        }
    }

    /**
     * Sets up task {@code chunkNumber}: its folder with the chunk moved in as {@code data.bin}, and its results folder.
     *
     * @param chunkNumber the task's chunk number, which names its folders ({@code task-<i>})
     * @param chunkFile the chunk to move; it is no longer at this path afterwards
     * @return the task's folders
     * @throws IOException if a folder cannot be created or the chunk cannot be moved (such as when the
     *     task folder already holds a {@code data.bin})
     */
    public Task task(int chunkNumber, Path chunkFile) throws IOException {
        String id = "task-" + chunkNumber;
        Path dir = Files.createDirectories(tasks.resolve(id));
        Files.move(chunkFile, dir.resolve("data.bin"));
        return new Task(chunkNumber, id, dir, Files.createDirectories(tasks.resolve(id + "-results")));
    }

    /**
     * One app task's variables: {@code TASK_DIR}, {@code TASK_RESULTS_DIR}, {@code APP_PARAMS},
     * {@code CHUNK_NUMBER}, {@code USER_CACHE_DIR}, {@code SHARED_CACHE_DIR}.
     *
     * @param task the task's folders
     * @param params the app's params as JSON text, passed on unchecked
     * @param userCache the folder to give as {@code USER_CACHE_DIR}
     * @param sharedCache the folder to give as {@code SHARED_CACHE_DIR}
     * @return a new, modifiable map
     */
    public static Map<String, String> appEnv(Task task, String params, Path userCache, Path sharedCache) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(TASK_DIR, task.dir().toString());
        env.put(TASK_RESULTS_DIR, task.results().toString());
        env.put(APP_PARAMS, params);
        env.put(CHUNK_NUMBER, Integer.toString(task.chunkNumber()));
        env.put(USER_CACHE_DIR, userCache.toString());
        env.put(SHARED_CACHE_DIR, sharedCache.toString());
        return env;
    }

    /**
     * Moves every task's results to the top level of {@link #results()}, by the naming rule of the class comment.
     *
     * @param finished the tasks whose results to gather, in any order (they are gathered in chunk order)
     * @throws IOException if a results folder cannot be listed or an entry cannot be moved; entries
     *     moved before the failure stay moved
     */
    public void gatherResults(List<Task> finished) throws IOException {
        List<Task> ordered = new ArrayList<>(finished);
        ordered.sort(Comparator.comparingInt(Task::chunkNumber));
        for (Task task : ordered) {
            List<Path> entries;
            try (Stream<Path> list = Files.list(task.results())) {
                entries = list.sorted().toList();
            }
            for (Path entry : entries) {
                Files.move(entry, freeName(entry.getFileName().toString(), task.chunkNumber()));
            }
        }
    }

    /**
     * The assembler's variables: {@code TASK_RESULTS_DIR} (pointing at {@link #results()}),
     * {@code OUTPUT_DIR}, {@code ASSEMBLER_PARAMS}.
     *
     * @param params the assembler's params as JSON text, passed on unchecked
     * @return a new, modifiable map
     */
    public Map<String, String> assemblerEnv(String params) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(TASK_RESULTS_DIR, results.toString());
        env.put(OUTPUT_DIR, output.toString());
        env.put(ASSEMBLER_PARAMS, params);
        return env;
    }

    private Path freeName(String name, int chunkNumber) {
        Path target = results.resolve(name);
        if (!Files.exists(target)) {
            return target;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            Path candidate = results.resolve(stem + "_" + chunkNumber + (n == 1 ? "" : "_" + n) + extension);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static long chunkIndex(Path p) {
        Matcher m = CHUNK.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
