package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.jobs.internal.CustomerOperations;
import com.bytenite.sdk.jobs.internal.generated.model.DataSourceTestRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.DataSourceTestResponseDto;
import java.util.Objects;

/** Checks data sources before a job uses them ({@code POST /datasource/test}). */
public final class DataSourcesService extends ByteNiteService<DataSourcesService> {
    private final CustomerCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     */
    public DataSourcesService(ServiceContext context) {
        super(context, DataSourcesService::new);
        this.calls = new CustomerCalls(context);
    }

    /**
     * Checks that a data source can be reached and, with {@code listFiles}, lists its files. What the
     * server checks for each descriptor, and how it answers a source it cannot reach, is not documented.
     *
     * @param source the source to check; its descriptor and params are sent, never the content of an upload
     * @param listFiles true to ask for the file tree as well
     * @return what the server reported about the source
     * @throws NullPointerException if {@code source} is null (nothing is sent)
     */
    public DataSourceCheck test(DataSource source, boolean listFiles) {
        Objects.requireNonNull(source, "source must not be null");
        DataSourceTestRequestDto body = new DataSourceTestRequestDto().dataSource(JobMapper.wire(source)).listFiles(listFiles);
        return calls.call(CustomerOperations.TEST_DATA_SOURCE, () -> calls.api().dataSources().testDataSourceCall(body, null).request(),
                DataSourceTestResponseDto.class, (DataSourceTestResponseDto r) -> new DataSourceCheck(r.getFilename(), r.getPath(),
                        r.getSize(), r.getProperties(), r.getFiles() == null ? null : JobMapper.folder(r.getFiles())));
    }
}
