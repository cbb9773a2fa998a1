package com.bytenite.sdk.local.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.internal.events.EventBus;
import com.bytenite.sdk.local.internal.files.FileStore;
import com.bytenite.sdk.local.internal.jobs.CustomerContext;
import com.bytenite.sdk.local.internal.jobs.JobBilling;
import com.bytenite.sdk.local.internal.jobs.JobRecord;
import com.bytenite.sdk.local.internal.jobs.JobStateName;
import com.bytenite.sdk.local.internal.jobs.JobStore;
import com.bytenite.sdk.local.internal.jobs.Template;
import com.bytenite.sdk.local.internal.jobs.TemplateCatalog;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Error thrown on a job's coordinating thread still ends the job, with a message. */
class CoordinatorFailureTest {
    @TempDir
    Path root;

    private final Template template = new Template("t", "u", "", "app", "part", "asm", false, new JsonObject());

    private JobRecord job() {
        JobRecord job = new JobRecord("job-1", "u", "t", Instant.now());
        job.dataSource = JsonParser.parseString("{\"dataSourceDescriptor\":\"bypass\"}").getAsJsonObject();
        job.dataDestination = JsonParser.parseString("{\"dataSourceDescriptor\":\"bypass\"}").getAsJsonObject();
        job.moveTo(JobStateName.PARTITIONING, Instant.now());
        return job;
    }

    private JobRecord runToEnd(ComponentCatalog catalog, JobBilling billing) throws InterruptedException, java.io.IOException {
        CustomerContext ctx = new CustomerContext(new JobStore(), new TemplateCatalog(null), new FileStore(root, null, false), new EventBus(), billing,
                Clock.systemUTC(), com.bytenite.sdk.local.internal.jobs.JobRetention.DEFAULTS);
        JobRecord job = job();
        LocalJobRunner runner = new LocalJobRunner(ctx, new LocalStageExecutor(1, ctx.clock()), new com.bytenite.sdk.local.internal.stages.StageFileGrants(), 1,
                catalog, new SourceFetcher());
        try {
            runner.start(job, template);
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                synchronized (job) {
                    if (job.state.isTerminal()) {
                        return job;
                    }
                }
                Thread.sleep(10);
            }
            return job;
        } finally {
            runner.close();
        }
    }

    @Test
    void anErrorWhileFindingComponentsFailsTheJob() throws Exception {
        JobRecord job = runToEnd((kind, tag, owner) -> {
            throw new OutOfMemoryError("simulated");
        }, ended -> java.math.BigDecimal.ZERO);
        assertThat(job.state).isEqualTo(JobStateName.FAILED);
        assertThat(job.errorMessage).contains("OutOfMemoryError: simulated");
    }

    @Test
    void anErrorWhileBillingStillEndsTheJob() throws Exception {
        Component writesOneChunk = (env, work, log) -> {
            Files.writeString(Path.of(env.get("CHUNKS_DIR"), "data_0.bin"), "x");
            return 0;
        };
        Component succeeds = (env, work, log) -> 0;
        JobRecord job = runToEnd((kind, tag, owner) -> new ComponentCatalog.Found(kind == ComponentRole.PARTITIONER ? writesOneChunk : succeeds,
                tag + "@1.0", "test"), ended -> {
            throw new StackOverflowError("simulated");
        });
        assertThat(job.state).isEqualTo(JobStateName.COMPLETE);
        assertThat(job.paymentAmount).isZero();
    }
}
