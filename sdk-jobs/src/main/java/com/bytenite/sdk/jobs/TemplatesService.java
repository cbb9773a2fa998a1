package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.jobs.internal.CustomerOperations;
import com.bytenite.sdk.jobs.internal.generated.model.TemplateInfoListDto;

/**
 * The templates jobs can be created from ({@code GET /templates} of the Customer API). To push or
 * read your own templates, see the Developer API's templates service.
 */
public final class TemplatesService extends ByteNiteService<TemplatesService> {
    private final CustomerCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     */
    public TemplatesService(ServiceContext context) {
        super(context, TemplatesService::new);
        this.calls = new CustomerCalls(context);
    }

    /**
     * Templates usable for jobs, fetched lazily page by page, in the server's default order.
     *
     * @return a lazy pager of 50 templates per request; nothing is sent until it is iterated
     */
    public Pager<JobTemplate> list() {
        return list(null, Pager.DEFAULT_PAGE_SIZE);
    }

    /**
     * Templates usable for jobs, in the order given, fetched lazily page by page.
     *
     * @param orderBy field to order by, or null for the server's default ({@code created_at})
     * @param pageSize the {@code limit} of each request, 1 to 1000
     * @return a lazy pager; nothing is sent until it is iterated
     * @throws IllegalArgumentException if {@code pageSize} is outside 1..1000
     */
    public Pager<JobTemplate> list(String orderBy, int pageSize) {
        return Pager.of((offset, limit) -> calls.call(CustomerOperations.LIST_JOB_TEMPLATES,
                () -> calls.api().templates().listJobTemplatesCall(limit, Math.toIntExact(offset), orderBy, null).request(),
                TemplateInfoListDto.class, (TemplateInfoListDto l) -> CustomerCalls.page(l.getPagination(), l.getData(), JobMapper::template)),
                pageSize);
    }
}
