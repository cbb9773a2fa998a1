package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.jobs.internal.CustomerOperations;
import com.bytenite.sdk.jobs.internal.generated.model.LogsRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.LogsResponseDto;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The logs jobs' components wrote ({@code POST /logs}). */
public final class LogsService extends ByteNiteService<LogsService> {
    private final CustomerCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     */
    public LogsService(ServiceContext context) {
        super(context, LogsService::new);
        this.calls = new CustomerCalls(context);
    }

    /**
     * The logs of the job's partitioner, assembler and every task. How many lines the server keeps,
     * and for how long, is not documented.
     *
     * @param jobId the job's id
     * @return the job's logs
     * @throws NullPointerException if {@code jobId} is null (nothing is sent)
     * @throws IllegalArgumentException if {@code jobId} is blank (nothing is sent)
     */
    public JobLogs get(String jobId) {
        requireText("jobId", jobId);
        LogsRequestDto body = new LogsRequestDto().jobId(jobId);
        return calls.call(CustomerOperations.GET_LOGS, () -> calls.api().logs().getLogsCall(body, null).request(), LogsResponseDto.class,
                (LogsResponseDto r) -> {
                    Map<String, List<LogEntry>> tasks = new LinkedHashMap<>();
                    if (r.getTaskrunner() != null) {
                        r.getTaskrunner().forEach((task, logs) -> tasks.put(task, JobMapper.logEntries(logs == null ? null : logs.getLogs())));
                    }
                    return new JobLogs(JobMapper.logEntries(r.getPartitioner()), JobMapper.logEntries(r.getAssembler()), tasks);
                });
    }
}
